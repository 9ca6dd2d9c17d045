from safecommit.cli import main

raise SystemExit(main())
