"""Header names real exports use, as data: per kind, per field, strong and weak synonyms.

A strong synonym names the field plainly ("Company name" is the account). A weak one fits
only when nothing better claims the field ("Go-live" is the target date in a sheet that has
no "Target go-live", and the actual go-live when it has). ``mapping.match_headers`` gives
every header to the field it fits most exactly, so the order of this table does not decide
conflicts; the strength does.

Sources of the CRM names: the column headers of a HubSpot company and contact export, a
Salesforce account and contact report, a Pipedrive organisation and person export and a
Zoho CRM account and contact export, plus the tracking sheets specialists keep by hand.
"""

from __future__ import annotations

# kind -> field -> header names (compared after dropping case, spaces and punctuation)
STRONG: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "external_id": (
            "record id", "company id", "hubspot company id", "hs object id",  # HubSpot
            "account id 18", "salesforce account id", "sfdc id", "18 digit account id",  # Salesforce
            "organization id", "organisation id", "org id", "pipedrive id",  # Pipedrive
            "zoho id", "zoho account id", "zcrm id", "record id zoho",  # Zoho
        ),
        "name": ("organization name", "organisation name", "org name", "account name zoho"),
        "owner": ("company owner", "hubspot owner", "account owner name", "owner name", "record owner",
                  "organization owner", "organisation owner"),
        "industry": ("industry type",),
        "company_size": ("employees", "number of employees", "no of employees", "employee range"),
        "region": ("billing country", "billing region", "billing state province", "country",
                   "country region", "billing country code"),
        "signed_date": ("won time", "deal won date", "contract signed", "contract signed date"),
        "stage": ("deal stage", "lifecycle stage", "onboarding phase"),
        "mrr": ("annual revenue monthly", "mrr eur", "mrr gbp", "mrr myr", "monthly value",
                "monthly recurring revenue mrr"),
        "target_golive_date": ("target go live", "target golive", "planned go live date",
                               "target launch date", "expected go live"),
        "golive_date": ("actual go live", "actual golive", "went live on", "live since"),
        "kickoff_date": ("kick off meeting", "kickoff meeting date"),
        "notes": ("description", "account description"),
    },
    "contacts": {
        "first_name": ("first name", "firstname", "given name", "first"),
        "last_name": ("last name", "lastname", "surname", "family name", "last"),
        "email": ("email", "e mail", "email address", "work email", "primary email", "email work",
                  "email 1", "person email"),
        "account_name": ("company name", "associated company", "account name", "organization",
                         "organisation", "organization name", "org name", "company"),
        "account_external_id": ("associated company id", "account id 18", "organization id",
                                "org id", "company id", "account crm id"),
        "name": ("contact name", "full name", "person name"),
        "role": ("title", "job title", "position", "contact role"),
        "invited_date": ("create date", "created date", "person created", "created time"),
        "last_active_date": ("last activity date", "last activity", "last activity time",
                             "last seen", "last login"),
    },
}

# Fits that lose to any strong or exact claim on the same field.
WEAK: dict[str, dict[str, tuple[str, ...]]] = {
    "accounts": {
        "golive_date": ("go live", "go live date", "golive", "live"),
        "signed_date": ("create date", "created date", "account created date", "organization created",
                        "created time"),
        "region": ("state", "billing city", "city", "organization address", "address"),
        "external_id": ("account id", "id"),
    },
    "contacts": {
        "name": ("name",),
        "account_external_id": ("account id",),
    },
}

# E-mail domains that say nothing about the employer.
FREE_MAIL = frozenset({"gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com",
                       "yahoo.com", "icloud.com", "me.com", "proton.me", "protonmail.com", "aol.com",
                       "gmx.de", "gmx.net", "web.de", "yandex.ru", "mail.ru", "qq.com", "163.com"})
COMPANY_SUFFIXES = frozenset({"inc", "ltd", "llc", "gmbh", "ag", "sa", "sas", "bv", "nv", "plc", "co",
                              "corp", "corporation", "company", "group", "holdings", "sdn", "bhd",
                              "pte", "pty", "limited", "srl", "spa", "oy", "ab", "as", "kk"})
