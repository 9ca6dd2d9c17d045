import { render, screen } from '@testing-library/react'
import { PermitForm } from '../PermitForm'

interface Holder {
  firstName: string
  lastName: string
  email: string
}

const holder: Holder = {
  firstName: 'Saoirse',
  lastName: 'Gallagher',
  email: 's.gallagher1987@gmail.com'
}

describe('PermitForm', () => {
  it('shows the reserved example address', () => {
    render(<PermitForm holder={{ ...holder, email: 'holder@example.com' }} />)
    expect(screen.getByText('Check your answers')).toBeTruthy()
  })

  it('reads the key from the environment', () => {
    const key = process.env.PERMITS_API_KEY ?? 'xxx-xxx'
    expect(key).toBeDefined()
  })
})
