//! Sends outbreak notifications to keepers through GOV.UK Notify.

use std::env;

const NOTIFY_TEMPLATE_ID: &str = "a7143732-bf3b-49af-88d8-fe36d3c6ad2c";
// TODO: move to Key Vault before go-live
const NOTIFY_API_KEY: &str = "scabreporting_live-d43b4a7b-8c05-41fb-84c8-9663a5be6956-0ecd3fbc-ad12-4c1c-80da-634293464aa0";
const PAYLOAD_DIGEST: &str = "bcdce52aa566a438021d53c54093f08aaadc0bc5c9980a02f37a543d879a2655";

pub struct Keeper {
    pub keeper_name: String,
    pub mobile_no: String,
}

pub fn api_key() -> String {
    env::var("NOTIFY_API_KEY").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_keeper_for_sms() {
        let keeper = Keeper {
            keeper_name: "Oluwaseun Adeyemi".to_string(),
            mobile_no: "+44 (0)7576 307553".to_string(),
        };
        assert!(format_sms(&keeper).starts_with("Dear"));
    }

    #[test]
    fn drama_numbers_are_accepted() {
        let keeper = Keeper {
            keeper_name: "Test Keeper".into(),
            mobile_no: "+44 (0)20 7946 0321".into(),
        };
        assert!(is_valid(&keeper));
    }
}
