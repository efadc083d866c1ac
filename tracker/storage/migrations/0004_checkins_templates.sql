-- Schema 4: check-in cadences and message templates.

-- How often the specialist checks in with an account. ``cadence`` is weekly, fortnightly,
-- monthly, custom (every ``days`` days) or none; an account without a row takes its
-- segment's cadence, and a segment without one the rule book's default
-- (tracker.rules.DEFAULT_CADENCE). Separate tables, so the account and segment rows (and
-- every query reading them with SELECT *) stay as they were.
CREATE TABLE checkin_cadence (
    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    cadence    TEXT NOT NULL
               CHECK (cadence IN ('weekly', 'fortnightly', 'monthly', 'custom', 'none')),
    days       INTEGER CHECK (days BETWEEN 1 AND 365),
    CHECK (cadence <> 'custom' OR days IS NOT NULL)
);
CREATE TABLE segment_checkin_cadence (
    segment_id INTEGER PRIMARY KEY REFERENCES segment(id) ON DELETE CASCADE,
    cadence    TEXT NOT NULL
               CHECK (cadence IN ('weekly', 'fortnightly', 'monthly', 'custom', 'none')),
    days       INTEGER CHECK (days BETWEEN 1 AND 365),
    CHECK (cadence <> 'custom' OR days IS NOT NULL)
);
-- "The last check-in" is the latest call or meeting: this index finds it per account.
CREATE INDEX ix_activity_kind ON activity(kind, account_id, date);

-- Health may weigh a missed cadence (tracker.kpi.health, factor "checkins"). No weight row
-- is added: a factor missing from health_weight takes its default, 0, so every score stays
-- what it was (and no table's row count moves) until the user gives it weight.

-- Messages to customers, opened as mail drafts. ``purpose`` says when a template is offered;
-- ``language`` is the interface language it is written in. Placeholders in braces
-- ({account}, {contact}, ...) are filled by tracker.messages when a draft is made.
CREATE TABLE message_template (
    id       INTEGER PRIMARY KEY,
    purpose  TEXT NOT NULL DEFAULT 'custom'
             CHECK (purpose IN ('welcome', 'kickoff', 'checkin', 'milestone', 'at_risk', 'custom')),
    language TEXT NOT NULL DEFAULT 'en',
    name     TEXT NOT NULL CHECK (trim(name) <> ''),
    subject  TEXT NOT NULL DEFAULT '',
    body     TEXT NOT NULL DEFAULT '',
    UNIQUE (language, name)
);

INSERT INTO message_template (purpose, language, name, subject, body) VALUES
('welcome', 'en', 'Welcome', 'Welcome to your onboarding, {account}',
 'Dear {contact},

Welcome aboard! I am {specialist}, and I will guide {account} through onboarding.

Our next milestone is {next_milestone}, planned for {next_milestone_date}. Open items on our plan:
{open_items}

Reply to this e-mail at any time with questions.

Best regards,
{specialist}'),
('kickoff', 'en', 'Kickoff invitation', 'Kickoff meeting for {account}',
 'Hello {contact},

I would like to invite you to our kickoff meeting, where we agree the goals, the timeline and who does what. Please let me know which times suit you this week or next.

Our next milestone: {next_milestone} ({next_milestone_date}).

Best regards,
{specialist}'),
('checkin', 'en', 'Check-in', 'Check-in: how is {account} getting on?',
 'Hello {contact},

A quick check-in on your onboarding. Still open on our plan:
{open_items}

Next milestone: {next_milestone} ({next_milestone_date}). Is anything blocking you, or can I help with anything?

Best regards,
{specialist}'),
('milestone', 'en', 'Milestone reached', '{account} reached {last_milestone}',
 'Hello {contact},

Congratulations: {account} has reached {last_milestone}, an important milestone of its onboarding. Thank you for the work your team put in.

Next on our plan: {next_milestone} ({next_milestone_date}).

Best regards,
{specialist}'),
('at_risk', 'en', 'At-risk follow-up', 'Following up on the onboarding of {account}',
 'Hello {contact},

I would like to make sure your onboarding stays on track. These items are still open:
{open_items}

Could we set up a short call this week to clear the way together?

Best regards,
{specialist}'),
('welcome', 'ms', 'Selamat datang', 'Selamat datang ke program onboarding {account}',
 '{contact} yang dihormati,

Selamat datang! Saya {specialist}, dan saya akan membimbing {account} sepanjang proses onboarding.

Peristiwa penting kita yang seterusnya ialah {next_milestone}, yang dijadualkan pada {next_milestone_date}. Perkara yang masih belum selesai dalam pelan kita:
{open_items}

Sila balas e-mel ini pada bila-bila masa sekiranya ada sebarang pertanyaan.

Sekian, terima kasih.
{specialist}'),
('kickoff', 'ms', 'Jemputan mesyuarat permulaan', 'Jemputan ke mesyuarat permulaan (kickoff) {account}',
 'Salam sejahtera {contact},

Saya ingin menjemput anda ke mesyuarat permulaan (kickoff) kita. Dalam mesyuarat ini, kita akan bersama-sama menetapkan matlamat, jadual masa dan tanggungjawab setiap pihak. Mohon maklumkan masa yang sesuai untuk anda pada minggu ini atau minggu hadapan.

Peristiwa penting seterusnya: {next_milestone} ({next_milestone_date}).

Sekian, terima kasih.
{specialist}'),
('checkin', 'ms', 'Daftar masuk', 'Daftar masuk: perkembangan onboarding {account}',
 'Salam sejahtera {contact},

Saya ingin mengikuti perkembangan onboarding anda. Perkara yang masih belum selesai dalam pelan kita:
{open_items}

Peristiwa penting seterusnya: {next_milestone} ({next_milestone_date}). Adakah terdapat sebarang halangan, atau apa-apa yang boleh saya bantu?

Sekian, terima kasih.
{specialist}'),
('milestone', 'ms', 'Peristiwa penting dicapai', 'Tahniah! {account} telah mencapai {last_milestone}',
 'Salam sejahtera {contact},

Tahniah! {account} telah mencapai {last_milestone}, satu peristiwa penting dalam proses onboarding. Terima kasih atas komitmen dan usaha gigih pasukan anda.

Langkah seterusnya dalam pelan kita: {next_milestone} ({next_milestone_date}).

Sekian, terima kasih.
{specialist}'),
('at_risk', 'ms', 'Susulan akaun berisiko', 'Susulan onboarding {account}',
 'Salam sejahtera {contact},

Saya ingin memastikan onboarding anda terus berjalan lancar mengikut jadual. Perkara berikut masih belum selesai:
{open_items}

Bolehkah kita mengadakan panggilan ringkas minggu ini untuk menyelesaikannya bersama-sama?

Sekian, terima kasih.
{specialist}');
