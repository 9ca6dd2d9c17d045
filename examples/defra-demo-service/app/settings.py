"""Settings for the demo claims service."""

import os

DATABASE_URL = "postgresql://claims_app:Wy7#kQ2!vR9pLm@db.internal.defra-demo.uk:5432/claims"
AWS_ACCESS_KEY_ID = "AKIAQ3EGUTKP7XZD6V2M"
NOTIFY_TEMPLATE = os.environ["NOTIFY_TEMPLATE_ID"]
SUPPORT_EMAIL = "support@example.com"  # a reserved domain: never flagged

# Call Priya Raman on 07723 481093 if the nightly sync fails.
