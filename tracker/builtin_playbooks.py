"""The playbooks a new database starts with (the user may edit or delete them).

Each step: (title, stage, offset in days from the journey start, owner role, milestone kind
or None). Offsets follow a typical 90-day initial onboarding.
"""

from __future__ import annotations

Step = tuple[str, str, int, str, str | None]

INITIAL: list[Step] = [
    ("Internal sales-to-CS handoff review", "Embark", 1, "CSM", None),
    ("Read the contract, scope and success criteria", "Embark", 2, "CSM", None),
    ("Welcome e-mail to the executive sponsor", "Embark", 2, "CSM", None),
    ("Create the account in the admin console", "Embark", 3, "Support", None),
    ("Identify stakeholders and champions", "Handoff", 5, "CSM", None),
    ("Handoff call with the account executive", "Handoff", 6, "AE", None),
    ("Share the onboarding plan", "Handoff", 7, "CSM", None),
    ("Agree the success plan and first-value goal", "Handoff", 9, "CSM", None),
    ("Schedule the kickoff meeting", "Kickoff", 10, "CSM", None),
    ("Run the kickoff meeting", "Kickoff", 14, "CSM", None),
    ("Confirm technical requirements", "Kickoff", 16, "Solutions engineer", None),
    ("Provision tenants and environments", "Kickoff", 18, "Support", None),
    ("Provisioning complete", "Kickoff", 20, "Support", "provisioning"),
    ("Configure single sign-on", "Adopt", 22, "Solutions engineer", None),
    ("Import the customer's data", "Adopt", 25, "Solutions engineer", None),
    ("Connect integrations", "Adopt", 28, "Solutions engineer", None),
    ("Implementation complete", "Adopt", 30, "Solutions engineer", "implementation"),
    ("Invite the first users", "Adopt", 31, "CSM", None),
    ("Admin training session", "Adopt", 35, "Trainer", None),
    ("End-user training session", "Adopt", 40, "Trainer", None),
    ("Training delivered", "Adopt", 42, "Trainer", "training"),
    ("Share the self-service help centre", "Adopt", 43, "CSM", None),
    ("First use case live", "Adopt", 45, "CSM", None),
    ("First value reached", "Adopt", 45, "CSM", "first_value"),
    ("Communicate the change to all teams", "Adopt", 50, "Sponsor", None),
    ("Champions programme started", "Adopt", 55, "CSM", None),
    ("Change management plan in place", "Adopt", 58, "CSM", "change_management"),
    ("Go-live readiness check", "Review", 60, "CSM", None),
    ("Go-live", "Review", 60, "CSM", "go_live"),
    ("Hypercare check-in (week 1)", "Review", 67, "Support", None),
    ("Usage review against the success plan", "Review", 75, "CSM", None),
    ("Send the onboarding CSAT survey", "Review", 76, "CSM", None),
    ("Onboarding retrospective with the sponsor", "Review", 85, "CSM", None),
    ("Handover to the account manager", "Review", 90, "CSM", None),
    ("Identify expansion opportunities", "Expand", 95, "AM", None),
    ("Quarterly business review scheduled", "Expand", 100, "AM", None),
]

DELTA: list[Step] = [
    ("Review the release notes with the account", "Embark", 0, "CSM", None),
    ("Identify affected users and workflows", "Handoff", 2, "CSM", None),
    ("Update the account's configuration", "Kickoff", 5, "Solutions engineer", None),
    ("Delta training session", "Adopt", 10, "Trainer", None),
    ("Training delivered", "Adopt", 12, "Trainer", "training"),
    ("Feature adopted by the first team", "Adopt", 20, "CSM", "first_value"),
    ("Collect feedback on the update", "Review", 25, "CSM", None),
]

NEW_DIVISION: list[Step] = [
    ("Meet the new division's sponsor", "Embark", 1, "CSM", None),
    ("Map the division's teams and use cases", "Handoff", 5, "CSM", None),
    ("Division kickoff meeting", "Kickoff", 10, "CSM", None),
    ("Provision the division's workspace", "Kickoff", 12, "Support", "provisioning"),
    ("Train the division's admins", "Adopt", 20, "Trainer", None),
    ("Train the division's end users", "Adopt", 25, "Trainer", "training"),
    ("Division's first value", "Adopt", 35, "CSM", "first_value"),
    ("Division go-live", "Review", 45, "CSM", "go_live"),
    ("Division review and next steps", "Expand", 60, "AM", None),
]

NEW_PRODUCT: list[Step] = [
    ("Confirm the new product's scope", "Embark", 1, "CSM", None),
    ("Handoff from the account executive", "Handoff", 3, "AE", None),
    ("Product kickoff", "Kickoff", 7, "CSM", None),
    ("Set up the product", "Adopt", 14, "Solutions engineer", "implementation"),
    ("Train the product's users", "Adopt", 21, "Trainer", "training"),
    ("First value from the product", "Adopt", 30, "CSM", "first_value"),
    ("Product go-live", "Review", 40, "CSM", "go_live"),
]

BUILTIN: list[tuple[str, str, str, list[Step]]] = [
    ("Initial onboarding", "initial",
     "The full Orchestrated Onboarding path from Embark to Expand for a new customer.", INITIAL),
    ("Product update (delta)", "delta",
     "Enable a live account on a significant product update.", DELTA),
    ("New division", "new_division",
     "Onboard another division of an existing customer.", NEW_DIVISION),
    ("New product", "new_product",
     "Onboard an existing customer onto an additional product.", NEW_PRODUCT),
]
