<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
    <context>
        <name>AcceptSuggestion</name>
        <message>
            <location filename="ui/commands/analytics.py" line="23" />
            <source>Create {0} suggested segments</source>
            <translation>Cipta {0} segmen yang dicadangkan</translation>
        </message>
    </context>
    <context>
        <name>AccountActions</name>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="48" />
            <source>&amp;New account…</source>
            <translation>Akaun &amp;baharu…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="50" />
            <source>Create an account</source>
            <translation>Cipta akaun</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="52" />
            <source>&amp;Edit account…</source>
            <translation>&amp;Sunting akaun…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="58" />
            <source>&amp;Delete account…</source>
            <translation>Pa&amp;dam akaun…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="62" />
            <source>&amp;Move to stage</source>
            <translation>&amp;Pindahkan ke peringkat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="142" />
            <source>Delete account</source>
            <translation>Padam akaun</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="143" />
            <source>Delete “{0}” with its tasks, contacts and history?</source>
            <translation>Padam “{0}” berserta tugasan, kenalan dan sejarahnya?</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="145" />
            <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Anda boleh membuat asal tindakan ini melalui Sunting ▸ Buat asal (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_actions.py" line="146" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
    </context>
    <context>
        <name>AccountBulkActions</name>
        <message>
            <location filename="ui/views/bulk_menu.py" line="59" />
            <source>Set &amp;owner</source>
            <translation>Tetapkan &amp;pemilik</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="63" />
            <source>&amp;Other owner…</source>
            <translation>Pemilik &amp;lain…</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="64" />
            <source>Set se&amp;gment</source>
            <translation>Tetapkan se&amp;gmen</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="65" />
            <source>(none)</source>
            <translation>(tiada)</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="70" />
            <source>Set s&amp;tatus</source>
            <translation>Tetapkan st&amp;atus</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="73" />
            <source>&amp;Move to stage</source>
            <translation>&amp;Pindahkan ke peringkat</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="78" />
            <source>Apply &amp;playbook…</source>
            <translation>Terapkan &amp;playbook…</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="80" />
            <source>Add &amp;task…</source>
            <translation>&amp;Tambah tugasan…</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="90" />
            <source>Set owner</source>
            <translation>Tetapkan pemilik</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="137" />
            <source>Delete accounts</source>
            <translation>Padam akaun</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="141" />
            <source>You can undo this with Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Anda boleh membuat asal tindakan ini melalui Sunting ▸ Buat asal (Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="ui/views/bulk_menu.py" line="142" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/bulk_menu.py" line="91" />
            <source>Owner of the %n selected account(s):</source>
            <translation>
                <numerusform>Pemilik %n akaun yang dipilih:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/bulk_menu.py" line="111" />
            <source>Apply playbook to %n account(s)</source>
            <translation>
                <numerusform>Terapkan playbook pada %n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/bulk_menu.py" line="127" />
            <source>Add a task to %n account(s)</source>
            <translation>
                <numerusform>Tambah tugasan pada %n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/bulk_menu.py" line="138" />
            <source>Delete %n account(s) with their tasks, contacts and history?</source>
            <translation>
                <numerusform>Padam %n akaun berserta tugasan, kenalan dan sejarahnya?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/bulk_menu.py" line="82" />
            <source>&amp;Delete %n account(s)…</source>
            <translation>
                <numerusform>Pa&amp;dam %n akaun…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountCommands</name>
        <message>
            <location filename="ui/commands/accounts.py" line="36" />
            <source>Create account “{0}”</source>
            <translation>Cipta akaun “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/accounts.py" line="67" />
            <source>Edit account “{0}”</source>
            <translation>Sunting akaun “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/accounts.py" line="88" />
            <source>Delete account “{0}”</source>
            <translation>Padam akaun “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/accounts.py" line="108" />
            <source>Move “{0}” to {1}</source>
            <translation>Pindahkan “{0}” ke {1}</translation>
        </message>
    </context>
    <context>
        <name>AccountDetailView</name>
        <message>
            <location filename="ui/views/account_detail.py" line="70" />
            <source>Health panel missing: the health score cannot be shown yet.</source>
            <translation>Panel kesihatan tiada: skor kesihatan belum dapat dipaparkan.</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="103" />
            <source>Check&amp;list</source>
            <translation>Senarai &amp;semak</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="104" />
            <source>T&amp;imeline</source>
            <translation>Garis &amp;masa</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="116" />
            <location filename="ui/views/account_detail.py" line="316" />
            <source>&amp;Milestones</source>
            <translation>&amp;Pencapaian</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="117" />
            <location filename="ui/views/account_detail.py" line="316" />
            <source>&amp;Contacts</source>
            <translation>&amp;Kenalan</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="118" />
            <location filename="ui/views/account_detail.py" line="316" />
            <source>Feed&amp;back</source>
            <translation>Maklum &amp;balas</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="119" />
            <location filename="ui/views/account_detail.py" line="316" />
            <source>Ac&amp;tivity</source>
            <translation>Ak&amp;tiviti</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="120" />
            <location filename="ui/views/account_detail.py" line="317" />
            <source>&amp;Notes</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="121" />
            <source>S&amp;upport</source>
            <translation>S&amp;okongan</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="122" />
            <source>T&amp;rial &amp;&amp; maturity</source>
            <translation>Pe&amp;rcubaan &amp;&amp; kematangan</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="143" />
            <source>Open an account from the Accounts or Today view to see its detail.</source>
            <translation>Buka akaun daripada paparan Akaun atau Hari ini untuk melihat butirannya.</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="227" />
            <source>This account no longer exists (deleted or undone).</source>
            <translation>Akaun ini tidak lagi wujud (telah dipadam atau dibuat asal).</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="364" />
            <source>Open tasks left behind</source>
            <translation>Tugasan terbuka yang tertinggal</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="371" />
            <source>… and {0} more</source>
            <translation>… dan {0} lagi</translation>
        </message>
        <message>
            <location filename="ui/views/account_detail.py" line="373" />
            <source>Move to {0}</source>
            <translation>Pindahkan ke {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/account_detail.py" line="365" />
            <source>{0} has %n open task(s) in {1}. Move it to {2} anyway?</source>
            <translation>
                <numerusform>{0} masih mempunyai %n tugasan terbuka dalam {1}. Pindahkan juga ke {2}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="56" />
            <source>New account</source>
            <translation>Akaun baharu</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="57" />
            <source>Edit account “{0}”</source>
            <translation>Sunting akaun “{0}”</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="74" />
            <source>Company name (required)</source>
            <translation>Nama syarikat (wajib)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="75" />
            <source>&amp;Name</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="77" />
            <source>CRM id, optional</source>
            <translation>ID CRM, pilihan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="78" />
            <source>E&amp;xternal id</source>
            <translation>&amp;ID luaran</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="80" />
            <source>(none)</source>
            <translation>(tiada)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="83" />
            <source>Se&amp;gment</source>
            <translation>Se&amp;gmen</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="88" />
            <source>O&amp;wner</source>
            <translation>&amp;Pemilik</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="93" />
            <source>&amp;Plan</source>
            <translation>P&amp;elan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="97" />
            <source>&amp;MRR ({0})</source>
            <translation>&amp;MRR ({0})</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="98" />
            <source>&amp;Industry</source>
            <translation>In&amp;dustri</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="99" />
            <source>&amp;Region</source>
            <translation>&amp;Wilayah</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="102" />
            <source>employees</source>
            <translation>pekerja</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="103" />
            <source>Company si&amp;ze</source>
            <translation>Sai&amp;z syarikat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="105" />
            <source>(unknown)</source>
            <translation>(tidak diketahui)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="108" />
            <source>Technical proficiency, 1 (low) to 5 (high)</source>
            <translation>Kemahiran teknikal, 1 (rendah) hingga 5 (tinggi)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="109" />
            <source>&amp;Tech proficiency</source>
            <translation>&amp;Kemahiran teknikal</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="114" />
            <source>Stat&amp;us</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="118" />
            <source>St&amp;age</source>
            <translation>Pe&amp;ringkat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="120" />
            <source>&amp;Signed</source>
            <translation>Di&amp;tandatangani</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="120" />
            <source>&amp;Kickoff</source>
            <translation>Kicko&amp;ff</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="121" />
            <source>Target go-&amp;live</source>
            <translation>Sasaran pe&amp;lancaran</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="121" />
            <source>Go-li&amp;ve</source>
            <translation>Pelan&amp;caran</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="122" />
            <source>&amp;First value</source>
            <translation>Nil&amp;ai pertama</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="122" />
            <source>C&amp;hurned</source>
            <translation>C&amp;hurn</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="132" />
            <source>Pro&amp;ducts</source>
            <translation>Prod&amp;uk</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="145" />
            <source>N&amp;otes</source>
            <translation>N&amp;ota</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="148" />
            <source>Start a &amp;playbook:</source>
            <translation>Mulakan &amp;playbook:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="169" />
            <source>Create</source>
            <translation>Cipta</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="169" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="189" />
            <source>The segment “{0}” starts this playbook</source>
            <translation>Segmen “{0}” memulakan playbook ini</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="190" />
            <source>Tick to start a checklist for this account</source>
            <translation>Tandakan untuk memulakan senarai semak bagi akaun ini</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="256" />
            <source>An account needs a name.</source>
            <translation>Akaun mesti mempunyai nama.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="266" />
            <source>Enter a date as YYYY-MM-DD, e.g. 2026-03-31.</source>
            <translation>Masukkan tarikh dalam format YYYY-MM-DD, cth. 2026-03-31.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="272" />
            <source>This date is before the signed date.</source>
            <translation>Tarikh ini lebih awal daripada tarikh tandatangan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="276" />
            <source>Another account already has this external id.</source>
            <translation>Akaun lain sudah menggunakan ID luaran ini.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="290" />
            <source>Enter a number.</source>
            <translation>Masukkan nombor.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="295" />
            <source>Enter a whole number.</source>
            <translation>Masukkan nombor bulat.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/account_dialog.py" line="297" />
            <source>Enter zero or more.</source>
            <translation>Masukkan sifar atau lebih.</translation>
        </message>
    </context>
    <context>
        <name>AccountHeader</name>
        <message>
            <location filename="ui/views/detail/header.py" line="109" />
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="109" />
            <source>Kickoff</source>
            <translation>Kickoff</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="109" />
            <source>Target go-live</source>
            <translation>Sasaran pelancaran</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="109" />
            <source>Go-live</source>
            <translation>Pelancaran</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="110" />
            <source>First value</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="110" />
            <source>Checklist</source>
            <translation>Senarai semak</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="152" />
            <source>Stage: &lt;b&gt;{0}&lt;/b&gt;</source>
            <translation>Peringkat: &lt;b&gt;{0}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="153" />
            <source>Owner: {0}</source>
            <translation>Pemilik: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="154" />
            <source>MRR: {0}</source>
            <translation>MRR: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="157" />
            <source>Segment: {0}</source>
            <translation>Segmen: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="163" />
            <source>{0} ⚠ {1} late</source>
            <translation>{0} ⚠ lewat {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="172" />
            <source>none after {0} ⚠</source>
            <translation>tiada selepas {0} ⚠</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="177" />
            <source>{0}/{1} done ({2})</source>
            <translation>{0}/{1} selesai ({2})</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="182" />
            <source>90-day rule: an account past {0} days from signed without first value is flagged.</source>
            <translation>Peraturan 90 hari: akaun yang melepasi {0} hari sejak ditandatangani tanpa nilai pertama akan ditanda.</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="184" />
            <source>Checklist progress = done / (all − skipped)</source>
            <translation>Kemajuan senarai semak = selesai / (semua − dilangkau)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="188" />
            <source>Next stage: {0} →</source>
            <translation>Peringkat seterusnya: {0} →</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="189" />
            <source>Move this account from {0} to {1}</source>
            <translation>Pindahkan akaun ini dari {0} ke {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="193" />
            <source>{0} {1}</source>
            <translation>{0} {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="195" />
            <source>Stages: {0}</source>
            <translation>Peringkat: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/header.py" line="196" />
            <source>Days in each stage, from the stage history; the current stage counts up to today.</source>
            <translation>Bilangan hari dalam setiap peringkat, berdasarkan sejarah peringkat; peringkat semasa dikira sehingga hari ini.</translation>
        </message>
    </context>
    <context>
        <name>AccountTableModel</name>
        <message>
            <location filename="ui/models/account_table_model.py" line="61" />
            <source>MRR</source>
            <translation>MRR</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="136" />
            <source>{0} %</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="60" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="60" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="60" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="60" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="60" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="61" />
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="61" />
            <source>Health</source>
            <translation>Kesihatan</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="61" />
            <source>Next due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="186" />
            <source>Checklist progress: done tasks / (all tasks − skipped ones)</source>
            <translation>Kemajuan senarai semak: tugasan selesai / (semua tugasan − yang dilangkau)</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="187" />
            <source>Health score 0 to 100, a weighted sum of factor scores; its band (green, yellow, red) follows the limits in Preferences</source>
            <translation>Skor kesihatan 0 hingga 100, jumlah berpemberat skor faktor; tahapnya (hijau, kuning, merah) mengikut had dalam Keutamaan</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="189" />
            <source>Earliest open task or milestone; bold red when it is already late</source>
            <translation>Tugasan atau pencapaian terbuka yang paling awal; merah tebal jika sudah lewat</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="190" />
            <source>Monthly recurring revenue</source>
            <translation>Hasil berulang bulanan</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="195" />
            <source>At risk: {0}</source>
            <translation>Berisiko: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="197" />
            <source>Has overdue tasks or milestones</source>
            <translation>Ada tugasan atau pencapaian yang lewat tempoh</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="199" />
            <source>Health score {0:.0f} of 100 ({1})</source>
            <translation>Skor kesihatan {0:.0f} daripada 100 ({1})</translation>
        </message>
        <message>
            <location filename="ui/models/account_table_model.py" line="204" />
            <source>Checklist progress: done / (all − skipped)</source>
            <translation>Kemajuan senarai semak: selesai / (semua − dilangkau)</translation>
        </message>
    </context>
    <context>
        <name>AccountsView</name>
        <message>
            <location filename="ui/views/accounts.py" line="76" />
            <source>Filter by name, segment, owner, stage or status</source>
            <translation>Tapis mengikut nama, segmen, pemilik, peringkat atau status</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="90" />
            <source>All stages</source>
            <translation>Semua peringkat</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="94" />
            <source>At risk</source>
            <translation>Berisiko</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="95" />
            <source>Health red, tasks off track, or no first value after 90 days</source>
            <translation>Kesihatan merah, tugasan tersasar, atau tiada nilai pertama selepas 90 hari</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="97" />
            <source>Late</source>
            <translation>Lewat</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="98" />
            <source>Has overdue tasks or milestones</source>
            <translation>Ada tugasan atau pencapaian yang lewat tempoh</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="146" />
            <source>No accounts yet. Create one with Edit ▸ New account (Ctrl+N) or import a list.</source>
            <translation>Belum ada akaun. Cipta akaun melalui Sunting ▸ Akaun baharu (Ctrl+N) atau import senarai.</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="188" />
            <source>Loading accounts…</source>
            <translation>Memuatkan akaun…</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="246" />
            <source>No account matches “{0}”.</source>
            <translation>Tiada akaun yang sepadan dengan “{0}”.</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="247" />
            <source>No account matches these filters.</source>
            <translation>Tiada akaun yang sepadan dengan penapis ini.</translation>
        </message>
        <message>
            <location filename="ui/views/accounts.py" line="346" />
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/accounts.py" line="240" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/accounts.py" line="337" />
            <source>%n account(s) selected</source>
            <translation>
                <numerusform>%n akaun dipilih</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/accounts.py" line="241" />
            <source>{0} of %Ln account(s)</source>
            <translation>
                <numerusform>{0} daripada %Ln akaun</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityDialog</name>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="21" />
            <source>Edit activity</source>
            <translation>Sunting aktiviti</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="21" />
            <source>Log activity</source>
            <translation>Rekod aktiviti</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="24" />
            <source>(no particular contact)</source>
            <translation>(tiada kenalan tertentu)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="27" />
            <source>What happened, what was agreed</source>
            <translation>Apa yang berlaku, apa yang dipersetujui</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="31" />
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="32" />
            <source>&amp;Date:</source>
            <translation>&amp;Tarikh:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="33" />
            <source>C&amp;ontact:</source>
            <translation>&amp;Kenalan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/activity_dialog.py" line="34" />
            <source>&amp;Summary:</source>
            <translation>&amp;Ringkasan:</translation>
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="240" />
            <source>Log activity…</source>
            <translation>Rekod aktiviti…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="241" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="242" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="243" />
            <source>Edit activity…</source>
            <translation>Sunting aktiviti…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="244" />
            <source>Delete activity</source>
            <translation>Padam aktiviti</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="258" />
            <source>Last touch {0} ({1} ago)</source>
            <translation>Hubungan terakhir {0} ({1} lalu)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="260" />
            <source>No activity yet</source>
            <translation>Belum ada aktiviti</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="270" />
            <source>Log {0} on {1}</source>
            <translation>Rekod {0} pada {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="293" />
            <source>Edit activity of {0}</source>
            <translation>Sunting aktiviti pada {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="307" />
            <source>Delete activity of {0}</source>
            <translation>Padam aktiviti pada {0}</translation>
        </message>
    </context>
    <context>
        <name>ActivityTableModel</name>
        <message>
            <location filename="ui/models/activity_model.py" line="25" />
            <source>Date</source>
            <translation>Tarikh</translation>
        </message>
        <message>
            <location filename="ui/models/activity_model.py" line="26" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="ui/models/activity_model.py" line="27" />
            <source>Contact</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="ui/models/activity_model.py" line="28" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsCharts</name>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="95" />
            <source>What sets each group apart</source>
            <translation>Apa yang membezakan setiap kumpulan</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="97" />
            <source>Run a clustering to see the cluster profiles</source>
            <translation>Jalankan pengklusteran untuk melihat profil kluster</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="99" />
            <source>Company size</source>
            <translation>Saiz syarikat</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="99" />
            <source>Tech proficiency</source>
            <translation>Kemahiran teknikal</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="99" />
            <source>MRR</source>
            <translation>MRR</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="99" />
            <source>Products</source>
            <translation>Produk</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="106" />
            <source>Cluster {0}</source>
            <translation>Kluster {0}</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="110" />
            <source>difference from the portfolio average (standard deviations)</source>
            <translation>perbezaan daripada purata portfolio (sisihan piawai)</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="129" />
            <source>How clearly the accounts split, by number of groups (higher is better)</source>
            <translation>Kejelasan pembahagian mengikut bilangan kumpulan (tinggi lebih baik)</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="131" />
            <source>Press “Suggest segments” to compare numbers of clusters</source>
            <translation>Tekan “Cadangkan segmen” untuk membandingkan bilangan kluster</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="132" />
            <source>Choose “Auto” clusters to compare k</source>
            <translation>Pilih kluster “Auto” untuk membandingkan k</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="141" />
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="158" />
            <source>Ward dendrogram (top merges; dashed line = the cut)</source>
            <translation>Dendrogram Ward (cantuman teratas; garis putus-putus = titik potong)</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="160" />
            <source>Choose Ward to see the dendrogram</source>
            <translation>Pilih Ward untuk melihat dendrogram</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="168" />
            <source>merge distance</source>
            <translation>jarak cantuman</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="186" />
            <source>Still waiting for first value (Kaplan-Meier)</source>
            <translation>Masih menunggu nilai pertama (Kaplan-Meier)</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="188" />
            <source>Compare two groups to see their curves</source>
            <translation>Bandingkan dua kumpulan untuk melihat lengkungnya</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="196" />
            <source>days since signed</source>
            <translation>hari sejak ditandatangani</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="226" />
            <source>All accounts</source>
            <translation>Semua akaun</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="227" />
            <source>Survival: actual vs projected — {0}</source>
            <translation>Kemandirian: sebenar lwn unjuran — {0}</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="228" />
            <source>Survival: actual vs projected</source>
            <translation>Kemandirian: sebenar lwn unjuran</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="230" />
            <source>Project retention to see the curves</source>
            <translation>Unjurkan pengekalan untuk melihat lengkungnya</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="234" />
            <source>actual</source>
            <translation>sebenar</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="237" />
            <source>projected (sBG)</source>
            <translation>unjuran (sBG)</translation>
        </message>
        <message>
            <location filename="ui/charts/analytics_charts.py" line="240" />
            <source>months since signed</source>
            <translation>bulan sejak ditandatangani</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsView</name>
        <message>
            <location filename="ui/views/analytics_parts.py" line="152" />
            <location filename="ui/views/analytics_retention.py" line="42" />
            <source>All accounts</source>
            <translation>Semua akaun</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="151" />
            <location filename="ui/views/analytics_retention.py" line="42" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="152" />
            <source>Segment name</source>
            <translation>Nama segmen</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="151" />
            <source>Playbook</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="54" />
            <location filename="ui/views/analytics_segments.py" line="192" />
            <source>(none)</source>
            <translation>(tiada)</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="45" />
            <source>Compare</source>
            <translation>Banding</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="48" />
            <source>A:</source>
            <translation>A:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="50" />
            <source>B:</source>
            <translation>B:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="55" />
            <source>Pick two groups (playbooks, segments, signing periods or rules) and press Compare.</source>
            <translation>Pilih dua kumpulan (playbook, segmen, tempoh tandatangan atau peraturan) dan tekan Banding.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="118" />
            <source>Time to first value: log-rank test on censored days (accounts still waiting count until today). On-time go-live: Fisher's exact test. CSAT and NPS: Mann-Whitney U on each account's latest answer. P-values are Holm-adjusted across the metrics; a difference counts at p &lt; {0}. No verdict below {1} per group (and {2} first values), because at 10 per group even a 30-point gap in on-time rate is found only about one time in eight.</source>
            <translation>Masa untuk nilai pertama: ujian log-rank pada hari tertapis (censored) (akaun yang masih menunggu dikira hingga hari ini). Pelancaran tepat masa: ujian tepat Fisher. CSAT dan NPS: Mann-Whitney U pada jawapan terkini setiap akaun. Nilai p dilaraskan dengan kaedah Holm merentas metrik; perbezaan diambil kira pada p &lt; {0}. Tiada keputusan di bawah {1} bagi setiap kumpulan (dan {2} nilai pertama), kerana pada 10 bagi setiap kumpulan, jurang 30 mata dalam kadar tepat masa pun hanya dapat dikesan kira-kira sekali dalam lapan.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="144" />
            <location filename="ui/views/analytics_retention.py" line="139" />
            <location filename="ui/views/analytics_segments.py" line="220" />
            <source>Cancelled.</source>
            <translation>Dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="151" />
            <source>A = {0} ({1} accounts), B = {2} ({3} accounts), as of {4}.</source>
            <translation>A = {0} ({1} akaun), B = {2} ({3} akaun), setakat {4}.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="154" />
            <source>A: {0}</source>
            <translation>A: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_compare.py" line="155" />
            <source>B: {0}</source>
            <translation>B: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="76" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="95" />
            <source>Working…</source>
            <translation>Sedang diproses…</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="120" />
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="139" />
            <source>The analysis failed: {0}</source>
            <translation>Analisis gagal: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="151" />
            <source>Signed in period</source>
            <translation>Ditandatangani dalam tempoh</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="152" />
            <source>Rule</source>
            <translation>Peraturan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="194" />
            <source>2025-01-01..2025-06-30</source>
            <translation>2025-01-01..2025-06-30</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_parts.py" line="195" />
            <location filename="ui/views/analytics_segments.py" line="150" />
            <source>industry = Healthcare and company size &gt; 500</source>
            <translation>industry = Healthcare and company size &gt; 500</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="43" />
            <source>Signed-month cohort</source>
            <translation>Kohort bulan tandatangan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="54" />
            <source> % a year</source>
            <translation> % setahun</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="58" />
            <source> months</source>
            <translation> bulan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="59" />
            <source>Project</source>
            <translation>Unjur</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="62" />
            <source>Group by:</source>
            <translation>Kumpulkan mengikut:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="62" />
            <source>Gross margin:</source>
            <translation>Margin kasar:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="63" />
            <source>Discount rate:</source>
            <translation>Kadar diskaun:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="63" />
            <source>Horizon:</source>
            <translation>Tempoh unjuran:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="70" />
            <source>Fits a shifted-beta-geometric model (Fader &amp; Hardie 2007) to each group's monthly survival and projects it forward.</source>
            <translation>Memadankan model shifted-beta-geometric (Fader &amp; Hardie 2007) dengan kemandirian bulanan setiap kumpulan dan mengunjurkannya ke hadapan.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="82" />
            <source>&lt;b&gt;Why two CLTVs?&lt;/b&gt;&lt;br&gt;Simple CLTV = average MRR × margin ÷ monthly churn. It assumes one churn rate for ever and no discounting.&lt;br&gt;&lt;br&gt;Projected CLTV sums margin × MRR × projected survival month by month over the horizon, discounted. Customers differ: the fickle leave early and those who stay churn less and less, which the sBG curve captures and a single rate cannot. The horizon and the discount rate also cap the projected value, so it is usually the more cautious figure.</source>
            <translation>&lt;b&gt;Mengapa dua CLTV?&lt;/b&gt;&lt;br&gt;CLTV mudah = purata MRR × margin ÷ churn bulanan. Ia menganggap satu kadar churn yang kekal selama-lamanya dan tiada pendiskaunan.&lt;br&gt;&lt;br&gt;CLTV unjuran menjumlahkan margin × MRR × kemandirian unjuran bulan demi bulan sepanjang tempoh unjuran, selepas didiskaun. Pelanggan tidak sama: yang kurang setia pergi awal, manakala yang kekal semakin jarang churn; lengkung sBG dapat menggambarkan hal ini tetapi satu kadar tunggal tidak. Tempoh unjuran dan kadar diskaun juga mengehadkan nilai unjuran, jadi ia biasanya angka yang lebih berhati-hati.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="114" />
            <source>The portfolio changed since this projection; press Project to update it.</source>
            <translation>Portfolio telah berubah sejak unjuran ini; tekan Unjur untuk mengemas kininya.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="146" />
            <source>1 group projected as of {0}.</source>
            <translation>1 kumpulan diunjurkan setakat {0}.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="147" />
            <source>{0} groups projected as of {1}.</source>
            <translation>{0} kumpulan diunjurkan setakat {1}.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="149" />
            <source>It has too little data for a reliable fit (in orange; hover for why).</source>
            <translation>Kumpulan ini mempunyai data yang terlalu sedikit untuk padanan yang boleh dipercayai (berwarna jingga; tuding untuk melihat sebabnya).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="151" />
            <source>1 of them has too little data for a reliable fit (in orange; hover for why).</source>
            <translation>1 daripadanya mempunyai data yang terlalu sedikit untuk padanan yang boleh dipercayai (berwarna jingga; tuding untuk melihat sebabnya).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_retention.py" line="154" />
            <source>{0} of them have too little data for a reliable fit (in orange; hover for why).</source>
            <translation>{0} daripadanya mempunyai data yang terlalu sedikit untuk padanan yang boleh dipercayai (berwarna jingga; tuding untuk melihat sebabnya).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="80" />
            <source>Even groups</source>
            <translation>Kumpulan sekata</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="81" />
            <source>k-means: groups of accounts around a typical account each</source>
            <translation>k-means: kumpulan akaun, setiap satu berpusat pada akaun yang tipikal</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="83" />
            <source>Groups within groups</source>
            <translation>Kumpulan dalam kumpulan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="84" />
            <source>Ward (hierarchical clustering): merges the most alike accounts step by step</source>
            <translation>Ward (pengklusteran hierarki): menggabungkan akaun yang paling serupa langkah demi langkah</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="88" />
            <source>Auto (clearest split)</source>
            <translation>Auto (pembahagian paling jelas)</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="90" />
            <source>Number of groups; Auto tries 2 to 8 and keeps the one whose groups are most clearly apart (the best silhouette score).</source>
            <translation>Bilangan kumpulan; Auto mencuba 2 hingga 8 dan memilih bilangan yang kumpulannya paling jelas terpisah (skor siluet terbaik).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="92" />
            <source>Include churned accounts</source>
            <translation>Sertakan akaun yang churn</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="93" />
            <source>Suggest segments</source>
            <translation>Cadangkan segmen</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="97" />
            <source>How:</source>
            <translation>Kaedah:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="99" />
            <source>Groups:</source>
            <translation>Kumpulan:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="106" />
            <source>Cluster accounts on industry, company size, technical proficiency, MRR and products bought, then name the clusters and accept them as segments.</source>
            <translation>Klusterkan akaun mengikut industri, saiz syarikat, kemahiran teknikal, MRR dan produk yang dibeli, kemudian namakan kluster dan terima kluster itu sebagai segmen.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="119" />
            <source>Accept as segments</source>
            <translation>Terima sebagai segmen</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="121" />
            <source>Create one segment per named cluster and move its accounts there (undoable).</source>
            <translation>Cipta satu segmen bagi setiap kluster yang dinamakan dan pindahkan akaunnya ke segmen itu (boleh dibuat asal).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="128" />
            <source>Double-click a name or playbook to change it.</source>
            <translation>Klik dua kali pada nama atau playbook untuk mengubahnya.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="154" />
            <source>Preview</source>
            <translation>Pratonton</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="155" />
            <source>Create segment</source>
            <translation>Cipta segmen</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="158" />
            <source>Segment by rule</source>
            <translation>Segmen mengikut peraturan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="163" />
            <source>Playbook:</source>
            <translation>Playbook:</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="225" />
            <source>strong structure</source>
            <translation>struktur yang kukuh</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="225" />
            <source>reasonable structure</source>
            <translation>struktur yang munasabah</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="226" />
            <source>weak structure</source>
            <translation>struktur yang lemah</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="226" />
            <source>no substantial structure</source>
            <translation>tiada struktur yang ketara</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="227" />
            <source>k-means</source>
            <translation>k-means</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="227" />
            <source>Ward</source>
            <translation>Ward</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="228" />
            <source>{1} groups that behave alike among {2} accounts: {4} (silhouette {3:.2f}, {0}).</source>
            <translation>{1} kumpulan bertingkah laku serupa dalam kalangan {2} akaun: {4} (siluet {3:.2f}, {0}).</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="232" />
            <source>Ward ran on a sample of {0}; the rest joined the nearest cluster.</source>
            <translation>Ward dijalankan pada sampel {0}; selebihnya dimasukkan ke dalam kluster terdekat.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="255" />
            <source>Created {0} segments; Undo puts every account back.</source>
            <translation>{0} segmen dicipta; Buat asal akan mengembalikan setiap akaun.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics_segments.py" line="275" />
            <source>Created segment “{0}” with {1} accounts.</source>
            <translation>Segmen “{0}” dicipta dengan {1} akaun.</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="37" />
            <source>Groups that behave alike</source>
            <translation>Kumpulan bertingkah laku serupa</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="38" />
            <source>Segmentation: clusters accounts (k-means or Ward) and names the groups</source>
            <translation>Pensegmenan: mengklusterkan akaun (k-means atau Ward) dan menamakan kumpulan</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="39" />
            <source>Is A really better than B?</source>
            <translation>Adakah A benar-benar lebih baik daripada B?</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="40" />
            <source>Compares two groups with significance tests (log-rank, Fisher's exact, Mann-Whitney U) and says how sure we can be</source>
            <translation>Membandingkan dua kumpulan dengan ujian kesignifikanan (log-rank, ujian tepat Fisher, Mann-Whitney U) dan menunjukkan sejauh mana kita boleh yakin</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="42" />
            <source>Who stays, and what they are worth</source>
            <translation>Siapa yang kekal, dan berapa nilainya</translation>
        </message>
        <message>
            <location filename="ui/views/analytics.py" line="43" />
            <source>Retention and customer lifetime value (CLTV), projected with a shifted-beta-geometric model</source>
            <translation>Pengekalan dan nilai seumur hidup pelanggan (CLTV), diunjurkan dengan model shifted-beta-geometric</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/analytics_segments.py" line="266" />
            <source>This rule matches %Ln account(s).</source>
            <translation>
                <numerusform>Peraturan ini sepadan dengan %Ln akaun.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApplyPlaybookDialog</name>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="29" />
            <source>Apply playbook</source>
            <translation>Terapkan playbook</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="35" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="43" />
            <source>&amp;Playbook:</source>
            <translation>&amp;Playbook:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="44" />
            <source>&amp;Start date:</source>
            <translation>Tarikh &amp;mula:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="45" />
            <source>Creates:</source>
            <translation>Akan dicipta:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="48" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="76" />
            <source>This playbook has no steps.</source>
            <translation>Playbook ini tiada langkah.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/apply_playbook_dialog.py" line="80" />
            <source>{0} tasks and {1} milestones, the last due on {2}.</source>
            <translation>{0} tugasan dan {1} pencapaian; tarikh akhir yang terakhir ialah {2}.</translation>
        </message>
    </context>
    <context>
        <name>BulkCommands</name>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="88" />
            <source>Delete %n account(s)</source>
            <translation>
                <numerusform>Padam %n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="156" />
            <source>Mark %n task(s) done</source>
            <translation>
                <numerusform>Tandakan %n tugasan sebagai selesai</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="49" />
            <source>Set %n account(s) to {0}</source>
            <translation>
                <numerusform>Tetapkan %n akaun kepada {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="70" />
            <source>Move %n account(s) to {0}</source>
            <translation>
                <numerusform>Pindahkan %n akaun ke {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="184" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n hari</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="30" />
            <source>Set owner of %n account(s) to {0}</source>
            <translation>
                <numerusform>Tetapkan pemilik %n akaun kepada {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="31" />
            <source>Put %n account(s) in segment {0}</source>
            <translation>
                <numerusform>Masukkan %n akaun ke dalam segmen {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="107" />
            <source>Apply playbook “{0}” to %n account(s)</source>
            <translation>
                <numerusform>Terapkan playbook “{0}” pada %n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="131" />
            <source>Add task “{0}” to %n account(s)</source>
            <translation>
                <numerusform>Tambah tugasan “{0}” pada %n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="157" />
            <source>Set %n task(s) to {0}</source>
            <translation>
                <numerusform>Tetapkan %n tugasan kepada {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="179" />
            <source>Snooze %n task(s) to {0}</source>
            <translation>
                <numerusform>Tangguhkan %n tugasan hingga {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="182" />
            <source>Reschedule %n task(s) to {0}</source>
            <translation>
                <numerusform>Jadual semula %n tugasan ke {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/commands/bulk.py" line="185" />
            <source>Push %n task(s) back by {0}</source>
            <translation>
                <numerusform>Undurkan %n tugasan sebanyak {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CadenceDialog</name>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="20" />
            <source>Check-in cadence of {0}</source>
            <translation>Kekerapan daftar masuk {0}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="22" />
            <source>As the segment says ({0})</source>
            <translation>Ikut segmen ({0})</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="24" />
            <source>Weekly</source>
            <translation>Mingguan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="24" />
            <source>Fortnightly</source>
            <translation>Dua minggu sekali</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="25" />
            <source>Monthly</source>
            <translation>Bulanan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="25" />
            <source>Every … days</source>
            <translation>Setiap … hari</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="26" />
            <source>No regular check-ins</source>
            <translation>Tiada daftar masuk berkala</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="30" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="35" />
            <source>A check-in is a call or a meeting. The next one is due one cadence after the last one; Today lists those due this week and overdue.</source>
            <translation>Daftar masuk ialah panggilan atau mesyuarat. Yang seterusnya perlu dibuat satu tempoh selepas yang terakhir; Hari Ini menyenaraikan yang perlu dibuat minggu ini dan yang lewat tempoh.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="40" />
            <source>&amp;Cadence:</source>
            <translation>&amp;Kekerapan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cadence_dialog.py" line="41" />
            <source>&amp;Every:</source>
            <translation>&amp;Setiap:</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="151" />
            <source>Edit support case</source>
            <translation>Sunting kes sokongan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="151" />
            <source>Add support case</source>
            <translation>Tambah kes sokongan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="157" />
            <source>Tick when the case is closed</source>
            <translation>Tandakan apabila kes ditutup</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="158" />
            <source>(no particular contact)</source>
            <translation>(tiada kenalan tertentu)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="161" />
            <source>the helpdesk's number, if any</source>
            <translation>nombor meja bantuan, jika ada</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="163" />
            <source>S&amp;ubject:</source>
            <translation>&amp;Subjek:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="164" />
            <source>&amp;Topic:</source>
            <translation>&amp;Topik:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="165" />
            <source>Se&amp;verity:</source>
            <translation>&amp;Keterukan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="166" />
            <source>&amp;Opened:</source>
            <translation>&amp;Dibuka:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="167" />
            <source>&amp;Closed:</source>
            <translation>D&amp;itutup:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="168" />
            <source>Co&amp;ntact:</source>
            <translation>Ke&amp;nalan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="169" />
            <source>Case &amp;number:</source>
            <translation>N&amp;ombor kes:</translation>
        </message>
    </context>
    <context>
        <name>CasesImportDialog</name>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="62" />
            <source>Import support cases</source>
            <translation>Import kes sokongan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="64" />
            <source>File: {0}</source>
            <translation>Fail: {0}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="66" />
            <source>Reading the file…</source>
            <translation>Sedang membaca fail…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="77" />
            <source>Rows that will be left out:</source>
            <translation>Baris yang akan ditinggalkan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="79" />
            <source>A case is matched to its account by the account's CRM ID, else by its exact name. A case number already stored updates that case, so importing the same export again changes nothing.</source>
            <translation>Setiap kes dipadankan dengan akaunnya melalui ID CRM akaun, atau jika tiada, melalui nama tepatnya. Nombor kes yang sudah disimpan akan mengemas kini kes itu, jadi mengimport eksport yang sama sekali lagi tidak mengubah apa-apa.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="85" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="115" />
            <source>Sheet “{0}”: {1} rows read. {2} new cases, {3} updated, {4} unchanged, {5} rows left out.</source>
            <translation>Helaian “{0}”: {1} baris dibaca. {2} kes baharu, {3} dikemas kini, {4} tidak berubah, {5} baris ditinggalkan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="135" />
            <source>Importing…</source>
            <translation>Mengimport…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="165" />
            <source>Cancelled.</source>
            <translation>Dibatalkan.</translation>
        </message>
    </context>
    <context>
        <name>CasesPanel</name>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="40" />
            <source>Add case…</source>
            <translation>Tambah kes…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="41" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="42" />
            <source>Close today</source>
            <translation>Tutup hari ini</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="43" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="44" />
            <source>Edit case…</source>
            <translation>Sunting kes…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="45" />
            <source>Delete case</source>
            <translation>Padam kes</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="55" />
            <source>{0} open · {1} opened in the last 90 days</source>
            <translation>{0} terbuka · {1} dibuka dalam 90 hari lepas</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="56" />
            <source>No support cases</source>
            <translation>Tiada kes sokongan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="68" />
            <source>Add support case {0}</source>
            <translation>Tambah kes sokongan {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="86" />
            <source>Edit support case of {0}</source>
            <translation>Sunting kes sokongan yang dibuka pada {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="99" />
            <source>Close support case of {0}</source>
            <translation>Tutup kes sokongan yang dibuka pada {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="106" />
            <source>Delete support case of {0}</source>
            <translation>Padam kes sokongan yang dibuka pada {0}</translation>
        </message>
    </context>
    <context>
        <name>CelebrationBanner</name>
        <message>
            <location filename="ui/views/detail/celebrate.py" line="54" />
            <source>Write the “milestone reached” message…</source>
            <translation>Tulis mesej “peristiwa penting dicapai”…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/celebrate.py" line="58" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="ui/views/detail/celebrate.py" line="74" />
            <source>🎉 {0} is live. Well done!</source>
            <translation>🎉 {0} kini sudah go-live. Syabas!</translation>
        </message>
        <message>
            <location filename="ui/views/detail/celebrate.py" line="76" />
            <source>🎉 {0} reached first value. Well done!</source>
            <translation>🎉 {0} telah mencapai nilai pertama. Syabas!</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <location filename="ui/charts/base.py" line="70" />
            <source>Save chart as PNG…</source>
            <translation>Simpan carta sebagai PNG…</translation>
        </message>
        <message>
            <location filename="ui/charts/base.py" line="72" />
            <source>Save chart as SVG…</source>
            <translation>Simpan carta sebagai SVG…</translation>
        </message>
        <message>
            <location filename="ui/charts/base.py" line="218" />
            <source>PNG image (*.png)</source>
            <translation>Imej PNG (*.png)</translation>
        </message>
        <message>
            <location filename="ui/charts/base.py" line="218" />
            <source>SVG image (*.svg)</source>
            <translation>Imej SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="ui/charts/base.py" line="219" />
            <source>Save chart</source>
            <translation>Simpan carta</translation>
        </message>
    </context>
    <context>
        <name>CheckinModel</name>
        <message>
            <location filename="ui/models/checkin_model.py" line="74" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="38" />
            <source>Account</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="38" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="23" />
            <source>Weekly</source>
            <translation>Mingguan</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="23" />
            <source>Fortnightly</source>
            <translation>Dua minggu sekali</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="23" />
            <source>Monthly</source>
            <translation>Bulanan</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="24" />
            <source>No check-ins</source>
            <translation>Tiada daftar masuk</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="26" />
            <source>Every {0} days</source>
            <translation>Setiap {0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="38" />
            <source>Cadence</source>
            <translation>Kekerapan</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="38" />
            <source>Last check-in</source>
            <translation>Daftar masuk terakhir</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="39" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="39" />
            <source>When</source>
            <translation>Bila</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="66" />
            <source>none yet</source>
            <translation>belum ada</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="72" />
            <source>1 day overdue</source>
            <translation>lewat 1 hari</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="72" />
            <source>{0} days overdue</source>
            <translation>lewat {0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="74" />
            <source>In {0} days</source>
            <translation>Dalam {0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/checkin_model.py" line="91" />
            <source>Open {0}</source>
            <translation>Buka {0}</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <location filename="ui/views/detail/checklist.py" line="104" />
            <source>&amp;Add task…</source>
            <translation>&amp;Tambah tugasan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="105" />
            <source>Apply &amp;playbook…</source>
            <translation>Terapkan &amp;playbook…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="108" />
            <source>&amp;Remove journey</source>
            <translation>&amp;Buang perjalanan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="109" />
            <source>Remove a playbook's journey with its tasks and milestones (you can undo it)</source>
            <translation>Buang perjalanan playbook berserta tugasan dan pencapaiannya (boleh dibuat asal)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="113" />
            <source>Hide &amp;done and skipped</source>
            <translation>Se&amp;mbunyikan yang selesai dan dilangkau</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="125" />
            <source>No checklist yet: apply a playbook or add a task.</source>
            <translation>Belum ada senarai semak: terapkan playbook atau tambah tugasan.</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="154" />
            <source>Mark &amp;done</source>
            <translation>Tandakan s&amp;elesai</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="155" />
            <source>Mark &amp;in progress</source>
            <translation>Tandakan se&amp;dang berjalan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="157" />
            <source>Mark &amp;blocked</source>
            <translation>Tandakan te&amp;rsekat</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="158" />
            <source>&amp;Skip</source>
            <translation>&amp;Langkau</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="159" />
            <source>&amp;Reopen (to do)</source>
            <translation>&amp;Buka semula (belum mula)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="165" />
            <source>&amp;Edit task…</source>
            <translation>&amp;Sunting tugasan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="166" />
            <source>De&amp;lete task</source>
            <translation>Padam tu&amp;gasan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/checklist.py" line="205" />
            <source>Remove '{0}' (started {1})</source>
            <translation>Buang '{0}' (bermula {1})</translation>
        </message>
    </context>
    <context>
        <name>ClusterProfileModel</name>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="46" />
            <source>MRR</source>
            <translation>MRR</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="47" />
            <source>Products</source>
            <translation>Produk</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="123" />
            <source>Cluster {0}</source>
            <translation>Kluster {0}</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="46" />
            <source>Segment name</source>
            <translation>Nama segmen</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="46" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="46" />
            <source>Employees</source>
            <translation>Pekerja</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="46" />
            <source>Tech</source>
            <translation>Teknikal</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="47" />
            <source>Top industry</source>
            <translation>Industri utama</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="47" />
            <source>Playbook</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="48" />
            <source>Accounts in the cluster and their share of all clustered accounts</source>
            <translation>Akaun dalam kluster dan bahagiannya daripada semua akaun yang dikluster</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="49" />
            <source>Median company size (employees)</source>
            <translation>Median saiz syarikat (pekerja)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="49" />
            <source>Median monthly recurring revenue</source>
            <translation>Median hasil berulang bulanan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="50" />
            <source>Mean technical proficiency, 1 to 5</source>
            <translation>Purata kemahiran teknikal, 1 hingga 5</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="50" />
            <source>Mean number of products bought</source>
            <translation>Purata bilangan produk yang dibeli</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="51" />
            <source>The most common industry and its share of the cluster</source>
            <translation>Industri paling biasa dan bahagiannya dalam kluster</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="52" />
            <source>Playbook new accounts of this segment get by default</source>
            <translation>Playbook lalai untuk akaun baharu dalam segmen ini</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="69" />
            <location filename="ui/models/analytics_profile_model.py" line="71" />
            <source>{0} ({1} %)</source>
            <translation>{0} ({1} %)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="97" />
            <source>(none)</source>
            <translation>(tiada)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="120" />
            <source>Double-click to rename; a blank name skips this cluster.</source>
            <translation>Klik dua kali untuk menamakan semula; nama kosong akan melangkau kluster ini.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_profile_model.py" line="122" />
            <source>{0}: median {1} employees and MRR {2}, tech {3} of 5, {4} products</source>
            <translation>{0}: median {1} pekerja dan MRR {2}, teknikal {3} daripada 5, {4} produk</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="19" />
            <source>Edit contact</source>
            <translation>Sunting kenalan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="19" />
            <source>Add contact</source>
            <translation>Tambah kenalan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="22" />
            <source>name@example.com</source>
            <translation>nama@example.com</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="25" />
            <source>Tick once the contact has been invited</source>
            <translation>Tandakan apabila kenalan telah dijemput</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="27" />
            <source>Tick once the contact has activated their account</source>
            <translation>Tandakan apabila kenalan telah mengaktifkan akaunnya</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="29" />
            <source>Tick when a last activity date is known</source>
            <translation>Tandakan jika tarikh aktiviti terakhir diketahui</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="31" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="32" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mel:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="33" />
            <source>&amp;Role:</source>
            <translation>&amp;Peranan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="34" />
            <source>Invited:</source>
            <translation>Dijemput:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="35" />
            <source>Activated:</source>
            <translation>Diaktifkan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/contact_dialog.py" line="36" />
            <source>Last active:</source>
            <translation>Aktif terakhir:</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <location filename="ui/models/contact_model.py" line="15" />
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="16" />
            <source>no e-mail</source>
            <translation>tiada e-mel</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="17" />
            <source>Role</source>
            <translation>Peranan</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="18" />
            <source>Invited</source>
            <translation>Dijemput</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="19" />
            <source>Activated</source>
            <translation>Diaktifkan</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="19" />
            <source>not yet</source>
            <translation>belum</translation>
        </message>
        <message>
            <location filename="ui/models/contact_model.py" line="22" />
            <source>Last active</source>
            <translation>Aktif terakhir</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="92" />
            <source>Add contact…</source>
            <translation>Tambah kenalan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="93" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="94" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="95" />
            <source>Edit contact…</source>
            <translation>Sunting kenalan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="96" />
            <source>Delete contact</source>
            <translation>Padam kenalan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="104" />
            <source>Activation {0}: {1} of {2} invited</source>
            <translation>Pengaktifan {0}: {1} daripada {2} dijemput</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="105" />
            <source>Activation rate = contacts activated / contacts invited × 100</source>
            <translation>Kadar pengaktifan = kenalan diaktifkan / kenalan dijemput × 100</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="117" />
            <source>Add contact {0}</source>
            <translation>Tambah kenalan {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="135" />
            <source>Edit contact {0}</source>
            <translation>Sunting kenalan {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="147" />
            <source>Delete contact {0}</source>
            <translation>Padam kenalan {0}</translation>
        </message>
    </context>
    <context>
        <name>CreateRowsModel</name>
        <message>
            <location filename="ui/models/import_preview_models.py" line="57" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="58" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="59" />
            <source>Values</source>
            <translation>Nilai</translation>
        </message>
    </context>
    <context>
        <name>CreateRuleSegment</name>
        <message>
            <location filename="ui/commands/analytics.py" line="48" />
            <source>Create segment '{0}'</source>
            <translation>Cipta segmen '{0}'</translation>
        </message>
    </context>
    <context>
        <name>CustomerPlanPdf</name>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="96" />
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="75" />
            <source>Kickoff</source>
            <translation>Kickoff</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="65" />
            <location filename="ui/printing/customer_plan_pdf.py" line="136" />
            <source>Onboarding plan: {0}</source>
            <translation>Pelan onboarding: {0}</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="66" />
            <source>As of {0}</source>
            <translation>Setakat {0}</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="67" />
            <source>What is next</source>
            <translation>Seterusnya</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="67" />
            <source>Timeline</source>
            <translation>Garis masa</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="68" />
            <source>Milestones</source>
            <translation>Peristiwa penting</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="68" />
            <source>Every step</source>
            <translation>Semua langkah</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="75" />
            <source>Contract signed</source>
            <translation>Kontrak ditandatangani</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="76" />
            <source>Planned go-live</source>
            <translation>Sasaran go-live</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="76" />
            <source>Live since</source>
            <translation>Live sejak</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="77" />
            <source>First value reached</source>
            <translation>Nilai pertama dicapai</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="88" />
            <source>… and {0} more (see every step below)</source>
            <translation>… dan {0} lagi (lihat semua langkah di bawah)</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="91" />
            <source>Nothing open: every step is done.</source>
            <translation>Tiada yang terbuka: semua langkah selesai.</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="96" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="96" />
            <source>Target date</source>
            <translation>Tarikh sasaran</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="96" />
            <source>Reached on</source>
            <translation>Dicapai pada</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <location filename="ui/printing/customer_plan_pdf.py" line="100" />
            <source>Done on</source>
            <translation>Selesai pada</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="71" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="72" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="67" />
            <source>{0} days</source>
            <translation>{0} hari</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="51" />
            <source>Signed from</source>
            <translation>Ditandatangani dari</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="69" />
            <source>Period for retention, churn, revenue retention and the tiles' trend</source>
            <translation>Tempoh untuk pengekalan, churn, pengekalan hasil dan trend jubin</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="80" />
            <source>to</source>
            <translation>hingga</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="83" />
            <source>As of</source>
            <translation>Setakat</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="84" />
            <source>Period</source>
            <translation>Tempoh</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard_filters.py" line="109" />
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard.py" line="153" />
            <source>Right-click to save the chart as PNG or SVG</source>
            <translation>Klik kanan untuk menyimpan carta sebagai PNG atau SVG</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard.py" line="170" />
            <source>&lt;b&gt;All KPIs&lt;/b&gt; (hover a row for its formula)</source>
            <translation>&lt;b&gt;Semua KPI&lt;/b&gt; (tuding pada baris untuk melihat formulanya)</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard.py" line="192" />
            <source>Loading…</source>
            <translation>Memuatkan…</translation>
        </message>
        <message>
            <location filename="ui/views/dashboard.py" line="297" />
            <source>The dashboard could not be computed: {0}</source>
            <translation>Papan pemuka tidak dapat dikira: {0}</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <location filename="ui/demo_banner.py" line="26" />
            <source>&lt;b&gt;You are exploring the demo.&lt;/b&gt; These accounts are made up; your own database is not touched.</source>
            <translation>&lt;b&gt;Anda sedang meneroka demo.&lt;/b&gt; Akaun ini adalah rekaan; pangkalan data anda sendiri tidak diusik.</translation>
        </message>
        <message>
            <location filename="ui/demo_banner.py" line="30" />
            <source>Leave the demo</source>
            <translation>Keluar daripada demo</translation>
        </message>
    </context>
    <context>
        <name>DroppedValuesModel</name>
        <message>
            <location filename="ui/models/import_preview_models.py" line="87" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="88" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="89" />
            <source>Left out</source>
            <translation>Ditinggalkan</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="90" />
            <source>Why</source>
            <translation>Sebab</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="54" />
            <source>Save as</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="55" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="84" />
            <source>Export finished</source>
            <translation>Eksport selesai</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="87" />
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="88" />
            <source>Show &amp;folder</source>
            <translation>&amp;Tunjukkan folder</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="117" />
            <source>Export report to Excel</source>
            <translation>Eksport laporan ke Excel</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="130" />
            <source>All segments</source>
            <translation>Semua segmen</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="134" />
            <source>All owners</source>
            <translation>Semua pemilik</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="143" />
            <source>Choose where to save the workbook</source>
            <translation>Pilih lokasi untuk menyimpan buku kerja</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="145" />
            <source>&amp;Browse…</source>
            <translation>Semak &amp;imbas…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="151" />
            <source>&amp;As of:</source>
            <translation>&amp;Setakat:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="152" />
            <source>&amp;Segment:</source>
            <translation>Se&amp;gmen:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="153" />
            <source>&amp;Owner:</source>
            <translation>&amp;Pemilik:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="156" />
            <source>{0} to {1} (from the dashboard)</source>
            <translation>{0} hingga {1} (daripada papan pemuka)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="157" />
            <source>Signed:</source>
            <translation>Ditandatangani:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="158" />
            <source>&amp;File:</source>
            <translation>&amp;Fail:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="161" />
            <source>The workbook holds a KPI summary with charts and sheets for accounts, tasks, milestones, contacts, feedback and cohort retention.</source>
            <translation>Buku kerja ini mengandungi ringkasan KPI dengan carta serta helaian untuk akaun, tugasan, pencapaian, kenalan, maklum balas dan pengekalan kohort.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="167" />
            <source>&amp;Export</source>
            <translation>&amp;Eksport</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="169" />
            <source>Cancel export</source>
            <translation>Batalkan eksport</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="199" />
            <source>Choose a file to export to.</source>
            <translation>Pilih fail destinasi eksport.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="216" />
            <source>Exporting…</source>
            <translation>Mengeksport…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="227" />
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="232" />
            <source>Writing {0}…</source>
            <translation>Menulis {0}…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="245" />
            <source>Saved {0} ({1} accounts, {2} tasks).</source>
            <translation>{0} disimpan ({1} akaun, {2} tugasan).</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="255" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Eksport dibatalkan; tiada fail ditulis.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="298" />
            <source>Saved the import template as {0}.</source>
            <translation>Templat import disimpan sebagai {0}.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="306" />
            <source>Saved the playbooks as {0}.</source>
            <translation>Playbook disimpan sebagai {0}.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="28" />
            <source>Edit feedback</source>
            <translation>Sunting maklum balas</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="28" />
            <source>Add feedback</source>
            <translation>Tambah maklum balas</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="32" />
            <source>(no particular contact)</source>
            <translation>(tiada kenalan tertentu)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="36" />
            <source>What did they say?</source>
            <translation>Apa yang mereka katakan?</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="38" />
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="39" />
            <source>&amp;Score:</source>
            <translation>&amp;Skor:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="41" />
            <source>C&amp;ontact:</source>
            <translation>&amp;Kenalan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="42" />
            <source>&amp;Date:</source>
            <translation>&amp;Tarikh:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="43" />
            <source>&amp;Comment:</source>
            <translation>&amp;Ulasan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="54" />
            <source>1 = very unsatisfied … 5 = very satisfied; 4 and 5 count as satisfied.</source>
            <translation>1 = sangat tidak berpuas hati … 5 = sangat berpuas hati; 4 dan 5 dikira sebagai berpuas hati.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/feedback_dialog.py" line="59" />
            <source>0 … 10; 9-10 promoters, 7-8 passives, 0-6 detractors.</source>
            <translation>0 … 10; 9-10 promoter, 7-8 pasif, 0-6 pengkritik.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPanel</name>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="156" />
            <source>Add feedback…</source>
            <translation>Tambah maklum balas…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="157" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="158" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="159" />
            <source>Edit feedback…</source>
            <translation>Sunting maklum balas…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="160" />
            <source>Delete feedback</source>
            <translation>Padam maklum balas</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="171" />
            <source>CSAT {0:.0f} % (n={1})</source>
            <translation>CSAT {0:.0f} % (n={1})</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="175" />
            <source>NPS {0:+.0f} (n={1})</source>
            <translation>NPS {0:+.0f} (n={1})</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="176" />
            <source>No feedback yet</source>
            <translation>Belum ada maklum balas</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="178" />
            <source>CSAT = responses of 4 or 5 / all responses × 100
NPS = % promoters (9-10) − % detractors (0-6)</source>
            <translation>CSAT = respons 4 atau 5 / semua respons × 100
NPS = % promoter (9-10) − % pengkritik (0-6)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="189" />
            <source>Add {0} feedback ({1})</source>
            <translation>Tambah maklum balas {0} ({1})</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="209" />
            <source>Edit {0} feedback of {1}</source>
            <translation>Sunting maklum balas {0} pada {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="222" />
            <source>Delete {0} feedback of {1}</source>
            <translation>Padam maklum balas {0} pada {1}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackTableModel</name>
        <message>
            <location filename="ui/models/feedback_model.py" line="32" />
            <source>Date</source>
            <translation>Tarikh</translation>
        </message>
        <message>
            <location filename="ui/models/feedback_model.py" line="33" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="ui/models/feedback_model.py" line="34" />
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <location filename="ui/models/feedback_model.py" line="35" />
            <source>Contact</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="ui/models/feedback_model.py" line="36" />
            <source>Comment</source>
            <translation>Ulasan</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="ui/dialogs/first_start.py" line="73" />
            <source>Welcome to Onboarding Tracker</source>
            <translation>Selamat datang ke Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="74" />
            <source>Welcome! Your database is empty.</source>
            <translation>Selamat datang! Pangkalan data anda kosong.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="79" />
            <source>Your data will be kept in this file:
{0}</source>
            <translation>Data anda akan disimpan dalam fail ini:
{0}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="83" />
            <source>Start empty</source>
            <translation>Mulakan kosong</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="83" />
            <source>Create your accounts one by one, or import them later.</source>
            <translation>Cipta akaun anda satu demi satu, atau import kemudian.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="85" />
            <source>Import from Excel…</source>
            <translation>Import daripada Excel…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="86" />
            <source>Bring in accounts and contacts from a workbook or a CRM export. You see a preview first; nothing is written until you confirm.</source>
            <translation>Bawa masuk akaun dan kenalan daripada buku kerja atau fail eksport CRM. Anda akan melihat pratonton terlebih dahulu; tiada apa-apa ditulis sehingga anda mengesahkannya.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="89" />
            <source>Explore the demo</source>
            <translation>Teroka demo</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="90" />
            <source>Look around a realistic portfolio in a separate file, "{0}". Your own database stays as it is, and "Leave the demo" brings you back.</source>
            <translation>Terokai portfolio yang realistik dalam fail berasingan, "{0}". Pangkalan data anda sendiri kekal seperti sedia ada, dan "Keluar daripada demo" akan membawa anda kembali.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="95" />
            <source>{0} accounts</source>
            <translation>{0} akaun</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="99" />
            <source>Demo size:</source>
            <translation>Saiz demo:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="104" />
            <source>Building the demo…</source>
            <translation>Membina demo…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/first_start.py" line="163" />
            <source>The demo could not be built: {0}</source>
            <translation>Demo tidak dapat dibina: {0}</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="60" />
            <source>Edit goal</source>
            <translation>Sunting matlamat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="60" />
            <source>Set a goal</source>
            <translation>Tetapkan matlamat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="62" />
            <source>e.g. Activate 80 % of invited users by June</source>
            <translation>cth. Aktifkan 80 % pengguna yang dijemput menjelang Jun</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="77" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="78" />
            <source>&amp;KPI:</source>
            <translation>&amp;KPI:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="79" />
            <source>&amp;Direction:</source>
            <translation>&amp;Arah:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="80" />
            <source>&amp;Target:</source>
            <translation>&amp;Sasaran:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="81" />
            <source>&amp;Scope:</source>
            <translation>Sk&amp;op:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="82" />
            <source>&amp;For:</source>
            <translation>&amp;Untuk:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="83" />
            <source>S&amp;tart (baseline day):</source>
            <translation>&amp;Mula (hari garis dasar):</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="84" />
            <source>D&amp;eadline:</source>
            <translation>&amp;Tarikh akhir:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="85" />
            <source>N&amp;otes:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="102" />
            <source>Up (at least the target)</source>
            <translation>Naik (sekurang-kurangnya sasaran)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="102" />
            <source>Down (at most the target)</source>
            <translation>Turun (tidak melebihi sasaran)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="105" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="105" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="106" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="106" />
            <source>Cohort (signed month)</source>
            <translation>Kohort (bulan tandatangan)</translation>
        </message>
    </context>
    <context>
        <name>GoalsView</name>
        <message>
            <location filename="ui/views/goals.py" line="84" />
            <source>Open goals</source>
            <translation>Matlamat terbuka</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="85" />
            <source>History: met and missed</source>
            <translation>Sejarah: tercapai dan tidak tercapai</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="86" />
            <source>All goals</source>
            <translation>Semua matlamat</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="87" />
            <source>&amp;Set a goal…</source>
            <translation>&amp;Tetapkan matlamat…</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="88" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="89" />
            <source>&amp;Close today</source>
            <translation>T&amp;utup hari ini</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="90" />
            <source>&amp;Reopen</source>
            <translation>&amp;Buka semula</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="91" />
            <source>&amp;Delete</source>
            <translation>&amp;Padam</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="93" />
            <source>Show:</source>
            <translation>Papar:</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="101" />
            <source>Progress is the share of the way from the baseline (the KPI on the start day) to the target. Status: achieved once the target is reached, missed after the deadline, otherwise on track when the forecast reaches the target by the deadline.</source>
            <translation>Kemajuan ialah bahagian jarak yang telah dilalui dari garis dasar (nilai KPI pada hari mula) ke sasaran. Status: dicapai sebaik sahaja sasaran tercapai, tidak tercapai selepas tarikh akhir, jika tidak, di landasan apabila ramalan mencapai sasaran menjelang tarikh akhir.</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="106" />
            <source>Goals</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="150" />
            <source>Calculating…</source>
            <translation>Sedang mengira…</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="176" />
            <location filename="ui/views/goals.py" line="185" />
            <source>The goals could not be evaluated: {0}</source>
            <translation>Matlamat tidak dapat dinilai: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/goals.py" line="206" />
            <source>Open: {0} on track, {1} behind, {2} achieved · History: {3} met, {4} missed</source>
            <translation>Terbuka: {0} di landasan, {1} ketinggalan, {2} dicapai · Sejarah: {3} tercapai, {4} tidak tercapai</translation>
        </message>
    </context>
    <context>
        <name>HealthFactorModel</name>
        <message>
            <location filename="ui/models/health_factor_model.py" line="38" />
            <source>{0} %</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="48" />
            <location filename="ui/models/health_factor_model.py" line="53" />
            <source>{0} d</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="35" />
            <source>no data</source>
            <translation>tiada data</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="40" />
            <source>{0} / 100</source>
            <translation>{0} / 100</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="44" />
            <source>{0} d since trial start</source>
            <translation>{0} h sejak percubaan bermula</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="47" />
            <source>{0} d, no first value</source>
            <translation>{0} h, tiada nilai pertama</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="51" />
            <source>on cadence</source>
            <translation>ikut jadual</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="52" />
            <source>{0} d overdue</source>
            <translation>lewat {0} h</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="61" />
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="61" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="61" />
            <source>Sub-score</source>
            <translation>Subskor</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="61" />
            <source>Weight</source>
            <translation>Pemberat</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="61" />
            <source>Points</source>
            <translation>Mata</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="62" />
            <source>The measured value behind the factor</source>
            <translation>Nilai terukur di sebalik faktor ini</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="62" />
            <source>0 to 100</source>
            <translation>0 hingga 100</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="63" />
            <source>Your weight; in brackets the weight used after spreading the weight of factors without data</source>
            <translation>Pemberat anda; dalam kurungan, pemberat yang digunakan selepas pemberat faktor tanpa data diagihkan</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="65" />
            <source>Sub-score x used weight / 100; the points add up to the score</source>
            <translation>Subskor x pemberat digunakan / 100; jumlah mata ialah skor</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="85" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="ui/models/health_factor_model.py" line="97" />
            <source>No data: this factor's weight is spread over the others.</source>
            <translation>Tiada data: pemberat faktor ini diagihkan kepada faktor lain.</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/models/health_factor_model.py" line="42" />
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln kes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HealthPanel</name>
        <message>
            <location filename="ui/views/health_panel.py" line="44" />
            <source>Health</source>
            <translation>Kesihatan</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="62" />
            <source>Weights…</source>
            <translation>Pemberat…</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="63" />
            <source>Change how much each factor counts</source>
            <translation>Ubah sejauh mana setiap faktor diambil kira</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="78" />
            <source>Weights total 100; a factor without data hands its weight to the others (used weight in brackets).</source>
            <translation>Jumlah pemberat ialah 100; faktor tanpa data menyerahkan pemberatnya kepada faktor lain (pemberat digunakan dalam kurungan).</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="133" />
            <source>Green</source>
            <translation>Hijau</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="133" />
            <source>Yellow</source>
            <translation>Kuning</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="133" />
            <source>Red</source>
            <translation>Merah</translation>
        </message>
        <message>
            <location filename="ui/views/health_panel.py" line="137" />
            <source>Health {0} of 100 ({1}): Green from {2}, Yellow from {3}, Red below {3}</source>
            <translation>Kesihatan {0} daripada 100 ({1}): Hijau {2} ke atas, Kuning {3} ke atas, Merah bawah {3}</translation>
        </message>
    </context>
    <context>
        <name>HealthWeightsDialog</name>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="30" />
            <source>Health score weights</source>
            <translation>Pemberat skor kesihatan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="32" />
            <source>Checklist progress against plan</source>
            <translation>Kemajuan senarai semak berbanding rancangan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="33" />
            <source>Task on-time performance</source>
            <translation>Prestasi tepat masa tugasan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="34" />
            <source>Activation rate</source>
            <translation>Kadar pengaktifan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="35" />
            <source>Latest CSAT/NPS</source>
            <translation>CSAT/NPS terkini</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="36" />
            <source>Days since last activity</source>
            <translation>Hari sejak aktiviti terakhir</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="37" />
            <source>90-day first-value rule</source>
            <translation>Peraturan nilai pertama 90 hari</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="38" />
            <source>Open support cases against the segment's norm</source>
            <translation>Kes sokongan terbuka berbanding norma segmen</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="39" />
            <source>Support case volume against the segment's norm</source>
            <translation>Jumlah kes sokongan berbanding norma segmen</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="40" />
            <source>Trial conversion</source>
            <translation>Penukaran percubaan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="41" />
            <source>Check-in cadence kept</source>
            <translation>Kekerapan daftar masuk dipatuhi</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="44" />
            <source>How much each factor counts in an account's health score (0 to 100). The weights must total 100; a factor without data hands its weight to the others.</source>
            <translation>Sejauh mana setiap faktor diambil kira dalam skor kesihatan akaun (0 hingga 100). Jumlah pemberat mesti 100; faktor tanpa data menyerahkan pemberatnya kepada faktor lain.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="63" />
            <source>&amp;Defaults</source>
            <translation>&amp;Lalai</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="84" />
            <source>Total: 100 %</source>
            <translation>Jumlah: 100 %</translation>
        </message>
        <message>
            <location filename="ui/dialogs/health_weights_dialog.py" line="86" />
            <source>Total: {0} % — the weights must total 100 %</source>
            <translation>Jumlah: {0} % — jumlah pemberat mesti 100 %</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="tracker/excel/mapping.py" line="32" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="33" />
            <source>Contacts</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="34" />
            <source>Checklist tasks</source>
            <translation>Tugasan senarai semak</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="35" />
            <source>Milestones</source>
            <translation>Peristiwa penting</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="36" />
            <source>Feedback</source>
            <translation>Maklum balas</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="156" />
            <source>Reading {0}…</source>
            <translation>Membaca {0}…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="157" />
            <source>Reading the file was cancelled.</source>
            <translation>Pembacaan fail dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="173" />
            <source>Sheet '{0}' matches nothing to import; showing '{1}', the first sheet that does.</source>
            <translation>Helaian '{0}' tidak sepadan dengan apa-apa untuk diimport; memaparkan '{1}', helaian pertama yang sepadan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="193" />
            <source>The columns of sheet '{0}' match nothing to import; choose what the rows are to map them by hand.</source>
            <translation>Lajur helaian '{0}' tidak sepadan dengan apa-apa untuk diimport; pilih jenis baris untuk memetakannya secara manual.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="195" />
            <source>Sheet '{0}' is empty.</source>
            <translation>Helaian '{0}' kosong.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="257" />
            <source>Checking the rows…</source>
            <translation>Menyemak baris…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="258" />
            <source>The preview was cancelled.</source>
            <translation>Pratonton dibatalkan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="286" />
            <source>Choose what the rows are to import them.</source>
            <translation>Pilih jenis baris untuk mengimportnya.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="288" />
            <source>{0} to create, {1} to update, {2} unchanged, {3} rejected, {4} kept without a value.</source>
            <translation>{0} untuk dicipta, {1} untuk dikemas kini, {2} tidak berubah, {3} ditolak, {4} dikekalkan tanpa nilai.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="293" />
            <source>Import writes {0} sheets in one step: {1} to create, {2} to update.</source>
            <translation>Import menulis {0} helaian dalam satu langkah: {1} untuk dicipta, {2} untuk dikemas kini.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="309" />
            <source>Importing…</source>
            <translation>Mengimport…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_dialog.py" line="310" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Import dibatalkan; tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_parts.py" line="38" />
            <source>Import from Excel</source>
            <translation>Import daripada Excel</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_parts.py" line="50" />
            <source>Something went wrong: {0}.</source>
            <translation>Berlaku ralat: {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportFields</name>
        <message>
            <location filename="tracker/excel/mapping.py" line="50" />
            <location filename="tracker/excel/mapping.py" line="72" />
            <source>Account</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="55" />
            <location filename="tracker/excel/mapping.py" line="67" />
            <source>Account ID</source>
            <translation>ID akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="57" />
            <source>Account CRM ID</source>
            <translation>ID CRM akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="69" />
            <source>CRM ID</source>
            <translation>ID CRM</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="75" />
            <source>Industry</source>
            <translation>Industri</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="76" />
            <source>Employees</source>
            <translation>Pekerja</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="78" />
            <source>Region</source>
            <translation>Wilayah</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="80" />
            <source>Plan</source>
            <translation>Pelan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="82" />
            <source>MRR</source>
            <translation>MRR</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="84" />
            <source>Tech proficiency</source>
            <translation>Kemahiran teknikal</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="86" />
            <location filename="tracker/excel/mapping.py" line="141" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="89" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="90" />
            <location filename="tracker/excel/mapping.py" line="137" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="92" />
            <location filename="tracker/excel/mapping.py" line="134" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="94" />
            <source>Signed</source>
            <translation>Ditandatangani</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="97" />
            <source>Kickoff</source>
            <translation>Kickoff</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="99" />
            <source>Target go-live</source>
            <translation>Sasaran pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="102" />
            <source>Actual go-live</source>
            <translation>Pelancaran sebenar</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="104" />
            <source>First value</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="106" />
            <source>Churned</source>
            <translation>Churn</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="108" />
            <source>Products</source>
            <translation>Produk</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="109" />
            <location filename="tracker/excel/mapping.py" line="143" />
            <source>Notes</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="113" />
            <source>Contact ID</source>
            <translation>ID kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="115" />
            <source>Contact</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="117" />
            <source>First name</source>
            <translation>Nama pertama</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="118" />
            <source>Last name</source>
            <translation>Nama akhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="119" />
            <source>E-mail</source>
            <translation>E-mel</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="121" />
            <source>Role</source>
            <translation>Peranan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="122" />
            <source>Invited</source>
            <translation>Dijemput</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="124" />
            <source>Activated</source>
            <translation>Diaktifkan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="126" />
            <source>Last active</source>
            <translation>Aktif terakhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="130" />
            <source>Task ID</source>
            <translation>ID tugasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="132" />
            <source>Task</source>
            <translation>Tugasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="135" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="139" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="147" />
            <source>Milestone ID</source>
            <translation>ID pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="149" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="151" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="153" />
            <source>Target</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="155" />
            <source>Achieved</source>
            <translation>Dicapai</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="159" />
            <source>Feedback ID</source>
            <translation>ID maklum balas</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="161" />
            <source>Contact e-mail</source>
            <translation>E-mel kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="163" />
            <source>Survey</source>
            <translation>Tinjauan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="165" />
            <source>Score</source>
            <translation>Skor</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="168" />
            <source>Comment</source>
            <translation>Ulasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/mapping.py" line="170" />
            <source>Date</source>
            <translation>Tarikh</translation>
        </message>
    </context>
    <context>
        <name>ImportLayout</name>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="49" />
            <source>Import from Excel</source>
            <translation>Import daripada Excel</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="55" />
            <source>No file chosen.</source>
            <translation>Tiada fail dipilih.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="57" />
            <source>&amp;Choose file…</source>
            <translation>&amp;Pilih fail…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="68" />
            <source>File:</source>
            <translation>Fail:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="69" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Helaian:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="70" />
            <source>&amp;Rows are:</source>
            <translation>&amp;Baris ialah:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="118" />
            <source>&amp;Playbooks for new accounts:</source>
            <translation>&amp;Playbook untuk akaun baharu:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="120" />
            <source>Choose a spreadsheet to import. Nothing is written until you press Import.</source>
            <translation>Pilih hamparan untuk diimport. Tiada apa-apa ditulis sehingga anda menekan Import.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="125" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="133" />
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="140" />
            <source>Sheets (tick the ones to import; click one to check it below):</source>
            <translation>Helaian (tandakan yang hendak diimport; klik satu untuk menyemaknya di bawah):</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="144" />
            <source>Columns (double-click a field to correct it):</source>
            <translation>Lajur (klik dua kali pada medan untuk membetulkannya):</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="146" />
            <source>Preview:</source>
            <translation>Pratonton:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="154" />
            <source>To create ({0})</source>
            <translation>Untuk dicipta ({0})</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="155" />
            <source>To update ({0})</source>
            <translation>Untuk dikemas kini ({0})</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="156" />
            <source>Rejected ({0})</source>
            <translation>Ditolak ({0})</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_layout.py" line="157" />
            <source>Kept without a value ({0})</source>
            <translation>Dikekalkan tanpa nilai ({0})</translation>
        </message>
    </context>
    <context>
        <name>ImportMapping</name>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="33" />
            <source>(not imported)</source>
            <translation>(tidak diimport)</translation>
        </message>
    </context>
    <context>
        <name>ImportNotices</name>
        <message>
            <location filename="ui/dialogs/import_words.py" line="31" />
            <source>not a date</source>
            <translation>bukan tarikh</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_words.py" line="58" />
            <source>Not sure what the rows are: '{0}' holds names of people, but there is no company or e-mail column. Choose what the rows are above.</source>
            <translation>Jenis baris tidak pasti: '{0}' mengandungi nama orang, tetapi tiada lajur syarikat atau e-mel. Pilih jenis baris di atas.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_words.py" line="61" />
            <source>'{0}' dates could be day first or month first: choose below.</source>
            <translation>Tarikh dalam '{0}' mungkin hari didahulukan atau bulan didahulukan: pilih di bawah.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="44" />
            <source>accounts</source>
            <translation>akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="45" />
            <source>contacts</source>
            <translation>kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="46" />
            <source>checklist tasks</source>
            <translation>tugasan senarai semak</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="47" />
            <source>milestones</source>
            <translation>pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="48" />
            <source>feedback</source>
            <translation>maklum balas</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="49" />
            <source>day first (DD/MM/YYYY)</source>
            <translation>hari didahulukan (DD/MM/YYYY)</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="50" />
            <source>month first (MM/DD/YYYY)</source>
            <translation>bulan didahulukan (MM/DD/YYYY)</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="51" />
            <source>year first (YYYY/MM/DD)</source>
            <translation>tahun didahulukan (YYYY/MM/DD)</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="52" />
            <source>a decimal point</source>
            <translation>titik perpuluhan</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="53" />
            <source>a decimal comma</source>
            <translation>koma perpuluhan</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="54" />
            <source>other values of the column</source>
            <translation>nilai lain dalam lajur</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="55" />
            <source>the currency sign</source>
            <translation>simbol mata wang</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="56" />
            <source>your number settings</source>
            <translation>tetapan nombor anda</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="61" />
            <source>Rows are {0}, as you chose.</source>
            <translation>Baris ialah {0}, seperti yang anda pilih.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="62" />
            <source>Rows are {0}: the mapping you saved for these columns.</source>
            <translation>Baris ialah {0}: pemetaan yang anda simpan untuk lajur ini.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="64" />
            <source>Rows look like {0}: {1} columns match, such as {2}.</source>
            <translation>Baris kelihatan seperti {0}: {1} lajur sepadan, seperti {2}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="66" />
            <source>Rows look like {0}: the sheet is called '{1}' and {2} columns match, such as {3}.</source>
            <translation>Baris kelihatan seperti {0}: helaian bernama '{1}' dan {2} lajur sepadan, seperti {3}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="69" />
            <source>Rows look like people with e-mail addresses ('{0}') and no company column: they are read as contacts and matched to accounts by e-mail domain.</source>
            <translation>Baris kelihatan seperti orang dengan alamat e-mel ('{0}') tanpa lajur syarikat: baris dibaca sebagai kenalan dan dipadankan dengan akaun mengikut domain e-mel.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="72" />
            <source>Not sure what the rows are: '{0}' holds names of people, but there is no company or e-mail column.</source>
            <translation>Jenis baris tidak pasti: '{0}' mengandungi nama orang, tetapi tiada lajur syarikat atau e-mel.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="75" />
            <source>'{0}' holds ids from another system (like '{1}'): it is matched as the CRM ID, never as the tracker's own id.</source>
            <translation>'{0}' mengandungi ID daripada sistem lain (seperti '{1}'): ia dipadankan sebagai ID CRM, bukan sebagai ID aplikasi ini sendiri.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="78" />
            <source>'{0}' and '{1}' are combined into the contact's name.</source>
            <translation>'{0}' dan '{1}' digabungkan menjadi nama kenalan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="80" />
            <source>'{0}' text dates are read {1}.</source>
            <translation>Tarikh teks dalam '{0}' dibaca dengan {1}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="81" />
            <source>'{0}' mixes written-out date formats; each value is read on its own.</source>
            <translation>'{0}' mencampurkan beberapa format tarikh bertulis; setiap nilai dibaca secara berasingan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="84" />
            <source>'{0}' dates could be day first or month first; read {1} until you choose.</source>
            <translation>Tarikh dalam '{0}' mungkin hari didahulukan atau bulan didahulukan; dibaca {1} sehingga anda memilih.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="87" />
            <source>'{0}' numbers are read with {1}, from {2}.</source>
            <translation>Nombor dalam '{0}' dibaca dengan {1}, berdasarkan {2}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="89" />
            <source>'{0}' numbers like '{1}' could be read two ways; those values are left out.</source>
            <translation>Nombor dalam '{0}' seperti '{1}' boleh dibaca dalam dua cara; nilai tersebut ditinggalkan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="92" />
            <source>The columns are mapped as you saved them last time.</source>
            <translation>Lajur dipetakan seperti yang anda simpan kali terakhir.</translation>
        </message>
        <message>
            <location filename="tracker/excel/notices.py" line="94" />
            <source>Contacts are matched to accounts by the domain of '{0}'.</source>
            <translation>Kenalan dipadankan dengan akaun mengikut domain '{0}'.</translation>
        </message>
        <message numerus="yes">
            <location filename="tracker/excel/notices.py" line="100" />
            <source>%n value(s) of '{0}' could not be read and will be left out; the rows are kept.</source>
            <translation>
                <numerusform>%n nilai dalam '{0}' tidak dapat dibaca dan akan ditinggalkan; baris-barisnya dikekalkan.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportRows</name>
        <message>
            <location filename="ui/commands/imports.py" line="22" />
            <source>Import “{0}”</source>
            <translation>Import “{0}”</translation>
        </message>
    </context>
    <context>
        <name>KpiCharts</name>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="126" />
            <location filename="ui/charts/kpi_charts.py" line="153" />
            <source>days since signed</source>
            <translation>hari sejak ditandatangani</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="41" />
            <source>No data for this selection</source>
            <translation>Tiada data untuk pilihan ini</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="68" />
            <source>On-time go-live rate per month</source>
            <translation>Kadar pelancaran tepat masa mengikut bulan</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="76" />
            <location filename="ui/charts/kpi_charts.py" line="91" />
            <source>% on time</source>
            <translation>% tepat masa</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="82" />
            <source>On-time go-live rate per month ({0} go-lives)</source>
            <translation>Pelancaran tepat masa sebulan ({0} pelancaran)</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="121" />
            <location filename="ui/charts/kpi_charts.py" line="154" />
            <source>Time to first value (Kaplan-Meier)</source>
            <translation>Masa untuk nilai pertama (Kaplan-Meier)</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="127" />
            <location filename="ui/charts/kpi_charts.py" line="153" />
            <source>% without first value</source>
            <translation>% tanpa nilai pertama</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="141" />
            <source>median {0:.0f} d</source>
            <translation>median {0:.0f} h</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="145" />
            <source>median not reached yet ({0} open)</source>
            <translation>median belum dicapai ({0} masih terbuka)</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="185" />
            <source>Stage funnel and drop-off</source>
            <translation>Corong peringkat dan drop-off</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="198" />
            <location filename="ui/charts/kpi_charts.py" line="223" />
            <source>accounts that entered</source>
            <translation>akaun yang memasuki</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="211" />
            <source> ({0} % lost)</source>
            <translation> ({0} % hilang)</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="251" />
            <location filename="ui/charts/kpi_charts.py" line="276" />
            <source>CSAT and NPS per month</source>
            <translation>CSAT dan NPS mengikut bulan</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="259" />
            <location filename="ui/charts/kpi_charts.py" line="276" />
            <source>CSAT %</source>
            <translation>CSAT %</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="259" />
            <location filename="ui/charts/kpi_charts.py" line="276" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="301" />
            <source>Health distribution</source>
            <translation>Taburan skor kesihatan</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="311" />
            <location filename="ui/charts/kpi_charts.py" line="332" />
            <source>health score</source>
            <translation>skor kesihatan</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="312" />
            <location filename="ui/charts/kpi_charts.py" line="332" />
            <source>accounts</source>
            <translation>akaun</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="323" />
            <source>{0} Green · {1} Yellow · {2} Red</source>
            <translation>{0} Hijau · {1} Kuning · {2} Merah</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="326" />
            <source>{0} not enough data yet</source>
            <translation>{0} belum cukup data</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="367" />
            <source>Cohort retention (% still here)</source>
            <translation>Pengekalan kohort (% masih kekal)</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_charts.py" line="386" />
            <location filename="ui/charts/kpi_charts.py" line="395" />
            <source>months since signing</source>
            <translation>bulan sejak kontrak ditandatangani</translation>
        </message>
    </context>
    <context>
        <name>KpiTableModel</name>
        <message>
            <location filename="ui/models/kpi_table_model.py" line="23" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="ui/models/kpi_table_model.py" line="24" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location filename="ui/models/kpi_table_model.py" line="25" />
            <source>Previous period</source>
            <translation>Tempoh sebelumnya</translation>
        </message>
        <message>
            <location filename="ui/models/kpi_table_model.py" line="26" />
            <source>Band</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <location filename="ui/models/kpi_table_model.py" line="27" />
            <source>Counts</source>
            <translation>Kiraan</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="28" />
            <source>not reached</source>
            <translation>belum dicapai</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="32" />
            <source>{0} %</source>
            <translation>{0} %</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="34" />
            <source>{0} d</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="115" />
            <source>= vs {0} days before</source>
            <translation>= vs {0} hari lalu</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="118" />
            <source> pts</source>
            <translation> mata</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="118" />
            <source> d</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="120" />
            <source>{0} {1}{2} vs {3} days before</source>
            <translation>{0} {1}{2} vs {3} hari lalu</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="127" />
            <source>no earlier value</source>
            <translation>tiada nilai terdahulu</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="156" />
            <source>Goal {0}: {1}</source>
            <translation>Matlamat {0}: {1}</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="163" />
            <source>not enough history</source>
            <translation>sejarah tidak mencukupi</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="166" />
            <source>{0}&lt;br&gt;Deadline {1}; baseline {2} on {3}; progress {4}; forecast at the deadline: {5}</source>
            <translation>{0}&lt;br&gt;Tarikh akhir {1}; garis dasar {2} pada {3}; kemajuan {4}; ramalan pada tarikh akhir: {5}</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="174" />
            <source>Formula: {0}</source>
            <translation>Formula: {0}</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="177" />
            <source>Counts: {0} / {1}</source>
            <translation>Kiraan: {0} / {1}</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="180" />
            <source>Band: {0}</source>
            <translation>Tahap: {0}</translation>
        </message>
        <message>
            <location filename="ui/charts/kpi_tile.py" line="182" />
            <source>{0} days before: {1}</source>
            <translation>{0} hari sebelumnya: {1}</translation>
        </message>
    </context>
    <context>
        <name>LadderDialog</name>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="65" />
            <source>Maturity ladder</source>
            <translation>Tangga kematangan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="68" />
            <source>Customers adopt in stages: basic use cases first, advanced ones later. The lowest level is first. Tie a playbook to a level in the Playbooks view; an account's “Start next level's playbook” applies the one tied to its next level.</source>
            <translation>Pelanggan menggunakan produk secara berperingkat: kes penggunaan asas dahulu, yang lanjutan kemudian. Tahap terendah disenaraikan dahulu. Kaitkan playbook dengan sesuatu tahap dalam paparan Playbook; “Mulakan playbook tahap seterusnya” pada akaun akan menggunakan playbook yang dikaitkan dengan tahap seterusnya.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="84" />
            <source>&amp;Add level…</source>
            <translation>&amp;Tambah tahap…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="85" />
            <source>&amp;Edit…</source>
            <translation>&amp;Sunting…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="86" />
            <source>Move &amp;up</source>
            <translation>Alih ke &amp;atas</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="87" />
            <source>Move &amp;down</source>
            <translation>Alih ke &amp;bawah</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="88" />
            <source>&amp;Remove</source>
            <translation>B&amp;uang</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="89" />
            <source>Only a level no account or contact has reached</source>
            <translation>Hanya tahap yang belum dicapai oleh mana-mana akaun atau kenalan</translation>
        </message>
    </context>
    <context>
        <name>LadderModel</name>
        <message>
            <location filename="ui/models/ladder_model.py" line="30" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="ui/models/ladder_model.py" line="31" />
            <source>Level</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <location filename="ui/models/ladder_model.py" line="32" />
            <source>Use cases and features</source>
            <translation>Kes penggunaan dan ciri</translation>
        </message>
        <message>
            <location filename="ui/models/ladder_model.py" line="35" />
            <source>Playbooks</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/models/ladder_model.py" line="36" />
            <source>Playbooks that bring an account to this level</source>
            <translation>Playbook yang membawa akaun ke tahap ini</translation>
        </message>
        <message>
            <location filename="ui/models/ladder_model.py" line="37" />
            <source>Accounts here</source>
            <translation>Akaun di sini</translation>
        </message>
    </context>
    <context>
        <name>LazyView</name>
        <message>
            <location filename="ui/views/lazy.py" line="43" />
            <source>Loading…</source>
            <translation>Memuatkan…</translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="226" />
            <source>Record maturity level</source>
            <translation>Rekod tahap kematangan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="233" />
            <source>(the account)</source>
            <translation>(akaun ini)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="236" />
            <source>&amp;Level:</source>
            <translation>&amp;Tahap:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="237" />
            <source>&amp;Who:</source>
            <translation>&amp;Siapa:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="238" />
            <source>&amp;Reached on:</source>
            <translation>&amp;Dicapai pada:</translation>
        </message>
    </context>
    <context>
        <name>LevelEditDialog</name>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="43" />
            <source>Edit maturity level</source>
            <translation>Sunting tahap kematangan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="43" />
            <source>Add maturity level</source>
            <translation>Tambah tahap kematangan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="46" />
            <source>One use case or feature per line</source>
            <translation>Satu kes penggunaan atau ciri bagi setiap baris</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="49" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/ladder_dialog.py" line="50" />
            <source>&amp;Use cases and features:</source>
            <translation>&amp;Kes penggunaan dan ciri:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="ui/window_dialogs.py" line="52" />
            <source>Open database</source>
            <translation>Buka pangkalan data</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="63" />
            <source>(none)</source>
            <translation>(tiada)</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="29" />
            <source>&amp;File</source>
            <translation>&amp;Fail</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="30" />
            <source>&amp;New database…</source>
            <translation>Pangkalan data ba&amp;haru…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="32" />
            <source>&amp;Open database…</source>
            <translation>&amp;Buka pangkalan data…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="34" />
            <source>&amp;Recent files</source>
            <translation>Fail &amp;terkini</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="37" />
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="38" />
            <source>&amp;Export report…</source>
            <translation>&amp;Eksport laporan…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="39" />
            <source>Save import &amp;template…</source>
            <translation>Simpan templat i&amp;mport…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="46" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Sandarkan sekarang…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="47" />
            <source>Re&amp;store from backup…</source>
            <translation>P&amp;ulihkan daripada sandaran…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="50" />
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="54" />
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="56" />
            <source>&amp;Undo</source>
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="58" />
            <source>&amp;Redo</source>
            <translation>Buat &amp;semula</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="70" />
            <source>&amp;View</source>
            <translation>&amp;Paparan</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="72" />
            <source>&amp;Filter accounts</source>
            <translation>&amp;Tapis akaun</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="74" />
            <source>&amp;Search everywhere…</source>
            <translation>&amp;Cari di semua tempat…</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="77" />
            <source>&amp;Appearance</source>
            <translation>&amp;Penampilan</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="80" />
            <source>Follow the &amp;system</source>
            <translation>Ikut &amp;sistem</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="80" />
            <source>&amp;Light</source>
            <translation>&amp;Cerah</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="81" />
            <source>&amp;Dark</source>
            <translation>&amp;Gelap</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="89" />
            <source>&amp;Help</source>
            <translation>&amp;Bantuan</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="90" />
            <source>&amp;Where is my database?</source>
            <translation>&amp;Di manakah pangkalan data saya?</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="92" />
            <source>&amp;About Onboarding Tracker</source>
            <translation>&amp;Perihal Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="94" />
            <source>About &amp;Qt</source>
            <translation>Perihal &amp;Qt</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="98" />
            <source>Main toolbar</source>
            <translation>Bar alat utama</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="111" />
            <source>Undo</source>
            <translation>Buat asal</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="111" />
            <source>Redo</source>
            <translation>Buat semula</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="127" />
            <source>Search accounts, contacts, tasks, notes and feedback (Ctrl+K)</source>
            <translation>Cari akaun, kenalan, tugasan, nota dan maklum balas (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="ui/window_chrome.py" line="140" />
            <source>The database file this window works on</source>
            <translation>Fail pangkalan data yang digunakan oleh tetingkap ini</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="34" />
            <source>Onboarding Tracker database (*.db *.sqlite);;All files (*)</source>
            <translation>Pangkalan data Onboarding Tracker (*.db *.sqlite);;Semua fail (*)</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="47" />
            <source>New database</source>
            <translation>Pangkalan data baharu</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="66" />
            <source>Clear list</source>
            <translation>Kosongkan senarai</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="72" />
            <source>Back up database</source>
            <translation>Sandarkan pangkalan data</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="81" />
            <source>Backing up to {0}…</source>
            <translation>Menyandarkan ke {0}…</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="94" />
            <source>Backed up to {0}</source>
            <translation>Disandarkan ke {0}</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="97" />
            <source>Backup failed</source>
            <translation>Sandaran gagal</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="101" />
            <location filename="ui/window_dialogs.py" line="106" />
            <source>Restore from backup</source>
            <translation>Pulihkan daripada sandaran</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="107" />
            <source>Replace the current database with this backup?</source>
            <translation>Gantikan pangkalan data semasa dengan sandaran ini?</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="110" />
            <source>{0}

The current file is kept beside it as:
{1}</source>
            <translation>{0}

Fail semasa disimpan di sebelahnya sebagai:
{1}</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="113" />
            <source>Restore</source>
            <translation>Pulihkan</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="126" />
            <source>Where is my database?</source>
            <translation>Di manakah pangkalan data saya?</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="127" />
            <source>Your data is in this file:</source>
            <translation>Data anda berada dalam fail ini:</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="130" />
            <source>{0}

The program's log: {1}
Backups: {2}</source>
            <translation>{0}

Log program: {1}
Sandaran: {2}</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="134" />
            <source>Open folder</source>
            <translation>Buka folder</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="141" />
            <source>About Onboarding Tracker</source>
            <translation>Perihal Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="142" />
            <source>Onboarding Tracker {0}</source>
            <translation>Onboarding Tracker {0}</translation>
        </message>
        <message>
            <location filename="ui/window_dialogs.py" line="145" />
            <source>The specialist's offline workspace for customer onboarding, on one local file.</source>
            <translation>Ruang kerja luar talian untuk pakar onboarding pelanggan, dalam satu fail setempat.</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="108" />
            <source>{0} — Onboarding Tracker</source>
            <translation>{0} — Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="111" />
            <source>Views</source>
            <translation>Paparan</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="126" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="127" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="252" />
            <source>{0} · {1} · {2} · {3} at risk</source>
            <translation>{0} · {1} · {2} · {3} berisiko</translation>
        </message>
        <message>
            <location filename="ui/main_window.py" line="266" />
            <source>Not saved</source>
            <translation>Tidak disimpan</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/main_window.py" line="253" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n akaun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="ui/main_window.py" line="254" />
            <source>%n open task(s)</source>
            <translation>
                <numerusform>%n tugasan terbuka</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MappingModel</name>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="84" />
            <source>Column in the file</source>
            <translation>Lajur dalam fail</translation>
        </message>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="84" />
            <source>Sample values</source>
            <translation>Contoh nilai</translation>
        </message>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="84" />
            <source>Imports into</source>
            <translation>Diimport ke</translation>
        </message>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="93" />
            <source>(column {0}, no header)</source>
            <translation>(lajur {0}, tiada pengepala)</translation>
        </message>
        <message>
            <location filename="ui/models/import_mapping_model.py" line="100" />
            <source>Double-click to choose the field this column feeds.</source>
            <translation>Klik dua kali untuk memilih medan yang diisi oleh lajur ini.</translation>
        </message>
    </context>
    <context>
        <name>MetricModel</name>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="22" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="33" />
            <source>not reached</source>
            <translation>belum dicapai</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="21" />
            <source>Time to first value</source>
            <translation>Masa untuk nilai pertama</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="21" />
            <source>On-time go-live</source>
            <translation>Pelancaran tepat masa</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="21" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="26" />
            <source>Log-rank</source>
            <translation>Log-rank</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="26" />
            <source>Fisher's exact</source>
            <translation>Ujian tepat Fisher</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="27" />
            <source>Mann-Whitney U</source>
            <translation>Mann-Whitney U</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="35" />
            <source>{0} days</source>
            <translation>{0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="42" />
            <source>first-value rate A/B</source>
            <translation>kadar nilai pertama A/B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="42" />
            <source>median days A−B</source>
            <translation>median hari A−B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="43" />
            <source>odds ratio A/B</source>
            <translation>nisbah odds A/B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="43" />
            <source>difference A−B</source>
            <translation>beza A−B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="44" />
            <source>rank-biserial r</source>
            <translation>r biserial pangkat</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="44" />
            <source>mean A−B</source>
            <translation>min A−B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="71" />
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="72" />
            <source>Test</source>
            <translation>Ujian</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="73" />
            <source>Accounts A</source>
            <translation>Akaun A</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="75" />
            <source>Accounts B</source>
            <translation>Akaun B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="77" />
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="80" />
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="83" />
            <source>p-value</source>
            <translation>nilai p</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="85" />
            <source>Adjusted p</source>
            <translation>p terlaras</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="87" />
            <source>Adjusted for testing several metrics at once (Holm).</source>
            <translation>Dilaraskan kerana beberapa metrik diuji serentak (Holm).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="88" />
            <source>Effect [95 % CI]</source>
            <translation>Kesan [SK 95 %]</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="102" />
            <source>Accounts of group A with data for this metric</source>
            <translation>Akaun kumpulan A yang mempunyai data untuk metrik ini</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="103" />
            <source>Accounts of group B with data for this metric</source>
            <translation>Akaun kumpulan B yang mempunyai data untuk metrik ini</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="104" />
            <source>Chance of a difference at least this large if the groups were really alike</source>
            <translation>Kebarangkalian perbezaan sekurang-kurangnya sebesar ini jika kedua-dua kumpulan sebenarnya serupa</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="105" />
            <source>The p-value corrected for testing four metrics at once (Holm); a difference counts below {0}</source>
            <translation>Nilai p yang diperbetulkan kerana empat metrik diuji serentak (Holm); perbezaan dikira di bawah {0}</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="107" />
            <source>How large the difference is, with the range it most likely lies in (95 % confidence)</source>
            <translation>Sebesar mana perbezaannya, dengan julat yang paling mungkin mengandunginya (keyakinan 95 %)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="113" />
            <source>time to first value</source>
            <translation>masa untuk nilai pertama</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="113" />
            <source>on-time go-live</source>
            <translation>pelancaran tepat masa</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="118" />
            <source>no test possible</source>
            <translation>ujian tidak dapat dijalankan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="120" />
            <source>adjusted p &lt; 0.001</source>
            <translation>p terlaras &lt; 0.001</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="121" />
            <source>adjusted p = {0}</source>
            <translation>p terlaras = {0}</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="127" />
            <source>{0} vs {1}</source>
            <translation>{0} berbanding {1}</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="130" />
            <source>Too little data to compare {0}: {1} and {2} accounts ({3} and {4} reached first value); at least {5} accounts and {6} first values per group are needed.</source>
            <translation>Data terlalu sedikit untuk membandingkan {0}: {1} dan {2} akaun ({3} dan {4} mencapai nilai pertama); sekurang-kurangnya {5} akaun dan {6} nilai pertama bagi setiap kumpulan diperlukan.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="133" />
            <source>Too little data to compare {0}: {1} and {2}; at least {3} per group are needed.</source>
            <translation>Data terlalu sedikit untuk membandingkan {0}: {1} dan {2}; sekurang-kurangnya {3} bagi setiap kumpulan diperlukan.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="137" />
            <source>No clear difference in {0} ({1}, {2}); this does not prove they are the same.</source>
            <translation>Tiada perbezaan yang jelas dalam {0} ({1}, {2}); ini tidak membuktikan bahawa kedua-duanya sama.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="140" />
            <source>{0} reaches first value faster: {1} ({2}).</source>
            <translation>{0} mencapai nilai pertama lebih cepat: {1} ({2}).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="141" />
            <source>{0} goes live on time more often: {1} ({2}).</source>
            <translation>{0} lebih kerap mencapai pelancaran tepat masa: {1} ({2}).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="142" />
            <source>{0} has happier customers (CSAT): {1} ({2}).</source>
            <translation>{0} mempunyai pelanggan yang lebih berpuas hati (CSAT): {1} ({2}).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="143" />
            <source>{0} has more promoters (NPS): {1} ({2}).</source>
            <translation>{0} mempunyai lebih ramai promoter (NPS): {1} ({2}).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="149" />
            <source>Note: {0} accounts are in both groups, so the tests' independence does not hold.</source>
            <translation>Nota: {0} akaun berada dalam kedua-dua kumpulan, jadi andaian ketakbersandaran ujian tidak dipenuhi.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="152" />
            <source>Not enough data to call a winner between {0} and {1}.</source>
            <translation>Data tidak mencukupi untuk menentukan pemenang antara {0} dengan {1}.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="156" />
            <location filename="ui/models/analytics_metric_model.py" line="158" />
            <source>{0} does better on {1}, and no worse on anything tested.</source>
            <translation>{0} lebih baik dalam {1}, dan tidak lebih buruk dalam apa-apa yang diuji.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="160" />
            <source>No overall winner: {0} does better on {1}, {2} on {3}.</source>
            <translation>Tiada pemenang keseluruhan: {0} lebih baik dalam {1}, {2} dalam {3}.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_metric_model.py" line="162" />
            <source>No clear winner: no metric differs beyond chance between {0} and {1}.</source>
            <translation>Tiada pemenang yang jelas: tiada metrik yang berbeza melebihi faktor kebetulan antara {0} dengan {1}.</translation>
        </message>
    </context>
    <context>
        <name>MilestoneDialog</name>
        <message>
            <location filename="ui/dialogs/milestone_dialog.py" line="16" />
            <source>Record milestone</source>
            <translation>Rekod pencapaian</translation>
        </message>
        <message>
            <location filename="ui/dialogs/milestone_dialog.py" line="19" />
            <source>Milestone:</source>
            <translation>Pencapaian:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/milestone_dialog.py" line="20" />
            <source>Target:</source>
            <translation>Sasaran:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/milestone_dialog.py" line="20" />
            <source>none</source>
            <translation>tiada</translation>
        </message>
        <message>
            <location filename="ui/dialogs/milestone_dialog.py" line="21" />
            <source>&amp;Achieved on:</source>
            <translation>&amp;Dicapai pada:</translation>
        </message>
    </context>
    <context>
        <name>MilestoneTableModel</name>
        <message>
            <location filename="ui/models/milestone_model.py" line="40" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="42" />
            <source>Target</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="43" />
            <source>Achieved</source>
            <translation>Dicapai</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="45" />
            <source>On time?</source>
            <translation>Tepat masa?</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="47" />
            <source>On time means achieved on or before the target date.</source>
            <translation>Tepat masa bermaksud dicapai pada atau sebelum tarikh sasaran.</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="54" />
            <source>✓ On time</source>
            <translation>✓ Tepat masa</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="56" />
            <source>✗ {0} late</source>
            <translation>✗ Lewat {0}</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="58" />
            <source>⚠ Overdue {0}</source>
            <translation>⚠ Lewat tempoh {0}</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="60" />
            <source>No target</source>
            <translation>Tiada sasaran</translation>
        </message>
        <message>
            <location filename="ui/models/milestone_model.py" line="61" />
            <source>Due in {0}</source>
            <translation>Tarikh akhir dalam {0}</translation>
        </message>
    </context>
    <context>
        <name>MilestonesPanel</name>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="45" />
            <location filename="ui/views/detail/record_panels.py" line="47" />
            <source>Mark achieved…</source>
            <translation>Tandakan dicapai…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="46" />
            <location filename="ui/views/detail/record_panels.py" line="48" />
            <source>Clear achieved</source>
            <translation>Kosongkan tarikh dicapai</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="67" />
            <source>{0} of {1} achieved</source>
            <translation>{0} daripada {1} dicapai</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="ui/dialogs/note_dialog.py" line="18" />
            <source>Edit note</source>
            <translation>Sunting nota</translation>
        </message>
        <message>
            <location filename="ui/dialogs/note_dialog.py" line="18" />
            <source>Add note</source>
            <translation>Tambah nota</translation>
        </message>
        <message>
            <location filename="ui/dialogs/note_dialog.py" line="21" />
            <source>Context, risks, agreements…</source>
            <translation>Konteks, risiko, persetujuan…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/note_dialog.py" line="25" />
            <source>&amp;Date:</source>
            <translation>&amp;Tarikh:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/note_dialog.py" line="26" />
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>NoteTableModel</name>
        <message>
            <location filename="ui/models/note_model.py" line="14" />
            <source>Date</source>
            <translation>Tarikh</translation>
        </message>
        <message>
            <location filename="ui/models/note_model.py" line="15" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="319" />
            <source>&amp;Add note…</source>
            <translation>&amp;Tambah nota…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="320" />
            <source>Edit…</source>
            <translation>Sunting…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="321" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="322" />
            <source>Edit note…</source>
            <translation>Sunting nota…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="323" />
            <source>Delete note</source>
            <translation>Padam nota</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="330" />
            <source>No notes yet</source>
            <translation>Belum ada nota</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="345" />
            <source>Add note of {0} to {1}</source>
            <translation>Tambah nota pada {0} ke {1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="364" />
            <source>Edit note of {0}</source>
            <translation>Sunting nota pada {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/record_panels.py" line="375" />
            <source>Delete note of {0}</source>
            <translation>Padam nota pada {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/detail/record_panels.py" line="329" />
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln nota</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <location filename="ui/dialogs/fields.py" line="64" />
            <source>Untick to leave the date empty</source>
            <translation>Nyahtanda untuk membiarkan tarikh kosong</translation>
        </message>
        <message>
            <location filename="ui/dialogs/fields.py" line="69" />
            <source>no date</source>
            <translation>tiada tarikh</translation>
        </message>
    </context>
    <context>
        <name>OutreachBar</name>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="45" />
            <source>Check-in &amp;cadence…</source>
            <translation>&amp;Kekerapan daftar masuk…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="48" />
            <source>Write &amp;e-mail</source>
            <translation>Tulis &amp;e-mel</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="55" />
            <source>Customer &amp;plan</source>
            <translation>&amp;Pelan pelanggan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="58" />
            <source>Save as &amp;workbook…</source>
            <translation>Simpan sebagai &amp;buku kerja…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="59" />
            <source>Save as P&amp;DF…</source>
            <translation>Simpan sebagai P&amp;DF…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="61" />
            <source>Export to &amp;calendar (.ics)…</source>
            <translation>Eksport ke &amp;kalendar (.ics)…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="87" />
            <source>No check-ins: the account is paused or churned.</source>
            <translation>Tiada daftar masuk: akaun ini dijeda atau churn.</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="89" />
            <source> (segment's)</source>
            <translation> (ikut segmen)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="89" />
            <source> (default)</source>
            <translation> (lalai)</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="92" />
            <source>Check-ins: {0}{1}</source>
            <translation>Daftar masuk: {0}{1}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="95" />
            <source>Check-in overdue since {0}</source>
            <translation>Daftar masuk lewat tempoh sejak {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="97" />
            <source>Next check-in {0}</source>
            <translation>Daftar masuk seterusnya {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="98" />
            <source>{0} · {1}{2}</source>
            <translation>{0} · {1}{2}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/outreach_bar.py" line="132" />
            <source>Other languages</source>
            <translation>Bahasa lain</translation>
        </message>
    </context>
    <context>
        <name>PlaybookChoice</name>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="24" />
            <source>From the signed date; steps of stages already passed done</source>
            <translation>Dari tarikh tandatangan; langkah peringkat yang telah dilalui ditanda selesai</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="25" />
            <source>From today</source>
            <translation>Dari hari ini</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="26" />
            <source>None</source>
            <translation>Tiada</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="29" />
            <source>New accounts in a segment with a playbook get its steps as tasks and milestones.
From the signed date: steps of stages the account has passed are done; where the file gives no stage, steps already due are skipped.
From today: every step is dated from today.</source>
            <translation>Akaun baharu dalam segmen yang mempunyai playbook menerima langkahnya sebagai tugasan dan pencapaian.
Dari tarikh tandatangan: langkah peringkat yang telah dilalui akaun ditanda selesai; jika fail tidak memberi peringkat, langkah yang sudah sampai tarikh akhir dilangkau.
Dari hari ini: setiap langkah bertarikh dari hari ini.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="58" />
            <source>The import creates no new account.</source>
            <translation>Import ini tidak mencipta akaun baharu.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="60" />
            <source>No playbook tasks are created.</source>
            <translation>Tiada tugasan playbook dicipta.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="62" />
            <source>No new account is in a segment with a playbook.</source>
            <translation>Tiada akaun baharu dalam segmen yang mempunyai playbook.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="64" />
            <source>Creates {0} open tasks, {1} of them overdue, for {2} new accounts.</source>
            <translation>Mencipta {0} tugasan terbuka, {1} daripadanya lewat tempoh, untuk {2} akaun baharu.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_playbook_choice.py" line="67" />
            <source>{0} marked done, {1} skipped.</source>
            <translation>{0} ditanda selesai, {1} dilangkau.</translation>
        </message>
    </context>
    <context>
        <name>PlaybookImport</name>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="102" />
            <source>Import playbooks</source>
            <translation>Import playbook</translation>
        </message>
        <message>
            <location filename="ui/dialogs/export_dialog.py" line="325" />
            <source>Import them?</source>
            <translation>Import semuanya?</translation>
        </message>
    </context>
    <context>
        <name>PlaybookListModel</name>
        <message>
            <location filename="ui/models/playbook_models.py" line="50" />
            <source>Segments: {0}</source>
            <translation>Segmen: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="55" />
            <source>Playbook</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="57" />
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="58" />
            <source>Steps</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="59" />
            <source>Used</source>
            <translation>Digunakan</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="60" />
            <source>Applied to accounts {0} times</source>
            <translation>Digunakan pada akaun sebanyak {0} kali</translation>
        </message>
    </context>
    <context>
        <name>PlaybooksView</name>
        <message>
            <location filename="ui/views/playbooks.py" line="86" />
            <source>&amp;New</source>
            <translation>&amp;Baharu</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="87" />
            <source>Dup&amp;licate</source>
            <translation>Pen&amp;dua</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="88" />
            <source>&amp;Delete</source>
            <translation>&amp;Padam</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="106" />
            <source>&amp;Use for segment</source>
            <translation>&amp;Guna untuk segmen</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="107" />
            <source>New accounts in the chosen segment start with this playbook</source>
            <translation>Akaun baharu dalam segmen yang dipilih bermula dengan playbook ini</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="108" />
            <source>S&amp;top using for segment</source>
            <translation>&amp;Henti guna untuk segmen</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="109" />
            <source>New accounts in the chosen segment start without a playbook</source>
            <translation>Akaun baharu dalam segmen yang dipilih bermula tanpa playbook</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="117" />
            <source>Na&amp;me:</source>
            <translation>Na&amp;ma:</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="118" />
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="119" />
            <source>Descri&amp;ption:</source>
            <translation>Pe&amp;nerangan:</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="120" />
            <source>&amp;Segment:</source>
            <translation>&amp;Segmen:</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="128" />
            <source>The maturity level this playbook brings an account to: an account's “Start next level's playbook” applies it</source>
            <translation>Tahap kematangan yang dicapai akaun melalui playbook ini: “Mulakan playbook tahap seterusnya” pada akaun akan menggunakannya</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="130" />
            <source>Maturity ladd&amp;er…</source>
            <translation>Tangga &amp;kematangan…</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="134" />
            <source>Maturity le&amp;vel:</source>
            <translation>Tahap k&amp;ematangan:</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="137" />
            <source>Playbook</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="216" />
            <source>Playbook: {0}</source>
            <translation>Playbook: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="229" />
            <source>(no level)</source>
            <translation>(tiada tahap)</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="245" />
            <source>{0} (uses {1})</source>
            <translation>{0} (menggunakan {1})</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="246" />
            <source>{0} (no playbook)</source>
            <translation>{0} (tiada playbook)</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="253" />
            <source>New accounts in {0} start with this playbook.</source>
            <translation>Akaun baharu dalam {0} bermula dengan playbook ini.</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="254" />
            <source>Not tied to any segment yet.</source>
            <translation>Belum dikaitkan dengan mana-mana segmen.</translation>
        </message>
        <message>
            <location filename="ui/views/playbooks.py" line="300" />
            <source>New playbook</source>
            <translation>Playbook baharu</translation>
        </message>
    </context>
    <context>
        <name>PortfolioLoader</name>
        <message>
            <location filename="ui/portfolio.py" line="133" />
            <source>The account list could not be read: {0}</source>
            <translation>Senarai akaun tidak dapat dibaca: {0}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="ui/dialogs/preferences.py" line="46" />
            <source>Preferences</source>
            <translation>Keutamaan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="51" />
            <location filename="ui/dialogs/preferences.py" line="60" />
            <source>System default</source>
            <translation>Lalai sistem</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="53" />
            <source>Restart Onboarding Tracker to apply the new language.</source>
            <translation>Mulakan semula Onboarding Tracker untuk menggunakan bahasa baharu.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="57" />
            <source>ISO (2026-03-04)</source>
            <translation>ISO (2026-03-04)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="58" />
            <source>The system's short date</source>
            <translation>Tarikh ringkas sistem</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="61" />
            <source>Monday</source>
            <translation>Isnin</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="61" />
            <source>Sunday</source>
            <translation>Ahad</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="62" />
            <source>Saturday</source>
            <translation>Sabtu</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="63" />
            <source>Language and display</source>
            <translation>Bahasa dan paparan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="65" />
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="67" />
            <source>&amp;Dates:</source>
            <translation>&amp;Tarikh:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="68" />
            <source>&amp;Week starts on:</source>
            <translation>&amp;Minggu bermula pada:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="72" />
            <source>Symbol after the amount</source>
            <translation>Simbol selepas amaun</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="81" />
            <source>Money (stored in this database)</source>
            <translation>Wang (disimpan dalam pangkalan data ini)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="83" />
            <source>&amp;Currency:</source>
            <translation>Mata &amp;wang:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="85" />
            <source>D&amp;ecimals:</source>
            <translation>Perpu&amp;luhan:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="86" />
            <source>Example:</source>
            <translation>Contoh:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="91" />
            <location filename="ui/dialogs/preferences.py" line="92" />
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="93" />
            <source>At-risk thresholds (stored in this database)</source>
            <translation>Ambang berisiko (disimpan dalam pangkalan data ini)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="95" />
            <source>Health &amp;green from:</source>
            <translation>Kesihatan &amp;hijau mulai:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="96" />
            <source>Health &amp;yellow from:</source>
            <translation>Kesihatan &amp;kuning mulai:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="97" />
            <source>Engagement &amp;full up to:</source>
            <translation>Penglibatan p&amp;enuh sehingga:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="98" />
            <source>Engagement &amp;zero from:</source>
            <translation>Penglibatan &amp;sifar mulai:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="99" />
            <source>Below yellow is red. Engagement counts the days since the last activity. Defaults: green 70, yellow 40, 7 and 60 days.</source>
            <translation>Di bawah kuning ialah merah. Penglibatan mengira hari sejak aktiviti terakhir. Lalai: hijau 70, kuning 40, 7 dan 60 hari.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="113" />
            <source>Default thresholds</source>
            <translation>Ambang lalai</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="160" />
            <source>Yellow must start below green.</source>
            <translation>Kuning mesti bermula di bawah hijau.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="161" />
            <source>Full engagement must end before it reaches zero.</source>
            <translation>Penglibatan penuh mesti berakhir sebelum mencapai sifar.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/preferences.py" line="162" />
            <source>Every threshold must be a number.</source>
            <translation>Setiap ambang mestilah nombor.</translation>
        </message>
    </context>
    <context>
        <name>PreviewFacts</name>
        <message>
            <location filename="ui/dialogs/import_questions.py" line="50" />
            <source>Dates: which comes first?</source>
            <translation>Tarikh: yang mana dahulu?</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_questions.py" line="96" />
            <source>Not imported: {0} (double-click a field below to map one)</source>
            <translation>Tidak diimport: {0} (klik dua kali pada medan di bawah untuk memetakannya)</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_questions.py" line="114" />
            <source>Every date in {0} reads both ways; the preview uses the reading you chose.</source>
            <translation>Setiap tarikh dalam {0} boleh dibaca dalam kedua-dua cara; pratonton menggunakan bacaan yang anda pilih.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_questions.py" line="117" />
            <source>Every date in {0} reads both ways: read {1} for now (your settings). Check the examples and choose.</source>
            <translation>Setiap tarikh dalam {0} boleh dibaca dalam kedua-dua cara: buat masa ini dibaca sebagai {1} (tetapan anda). Semak contoh dan buat pilihan.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/import_questions.py" line="126" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>ProjectionModel</name>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="51" />
            <source>All accounts</source>
            <translation>Semua akaun</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="54" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="34" />
            <source>Only {0} accounts and {1} lost: the projection is unreliable.</source>
            <translation>Hanya {0} akaun dan {1} hilang: unjuran ini tidak boleh dipercayai.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="35" />
            <source>No accounts.</source>
            <translation>Tiada akaun.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="36" />
            <source>No account churned yet, so retention cannot be projected.</source>
            <translation>Belum ada akaun yang churn, jadi pengekalan tidak dapat diunjurkan.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="37" />
            <source>The data do not pin the model down; treat the projection as a rough guess.</source>
            <translation>Data tidak cukup untuk menentukan model dengan tepat; anggap unjuran ini sebagai anggaran kasar.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="39" />
            <source>Churn looks the same at every tenure, so the model reduces to one churn rate.</source>
            <translation>Churn kelihatan sama pada setiap tempoh langganan, jadi model ini menjadi satu kadar churn sahaja.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="51" />
            <source>Group</source>
            <translation>Kumpulan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="53" />
            <source>Fit looks reliable.</source>
            <translation>Padanan kelihatan boleh dipercayai.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="56" />
            <source>Lost</source>
            <translation>Hilang</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="57" />
            <source>Leave early (α)</source>
            <translation>Berhenti awal (α)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="59" />
            <source>Stay (β)</source>
            <translation>Kekal (β)</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="61" />
            <source>Churn / month</source>
            <translation>Churn / bulan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="63" />
            <source>Survival 12 mo</source>
            <translation>Kemandirian 12 bln</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="65" />
            <source>Survival 36 mo</source>
            <translation>Kemandirian 36 bln</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="67" />
            <source>Avg MRR</source>
            <translation>Purata MRR</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="69" />
            <source>Projected CLTV</source>
            <translation>CLTV unjuran</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="71" />
            <source>Σ margin × MRR × projected survival, discounted</source>
            <translation>Σ margin × MRR × kemandirian unjuran, didiskaunkan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="72" />
            <source>Simple CLTV</source>
            <translation>CLTV ringkas</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="73" />
            <source>avg MRR × margin ÷ monthly churn</source>
            <translation>purata MRR × margin ÷ churn bulanan</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="74" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="86" />
            <source>Customers differ in how likely they are to leave; α and β describe that spread. Expected churn in the first month = α ÷ (α + β).</source>
            <translation>Kecenderungan pelanggan untuk berhenti berbeza-beza; α dan β menggambarkan sebaran itu. Jangkaan churn pada bulan pertama = α ÷ (α + β).</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="89" />
            <source>Fit α: the larger α is, the more customers leave early.</source>
            <translation>Padanan α: semakin besar α, semakin ramai pelanggan berhenti awal.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="90" />
            <source>Fit β: the larger β is, the more customers stay.</source>
            <translation>Padanan β: semakin besar β, semakin ramai pelanggan kekal.</translation>
        </message>
        <message>
            <location filename="ui/models/analytics_projection_model.py" line="91" />
            <source>Observed churn: accounts lost per month an account was followed</source>
            <translation>Churn yang diperhatikan: akaun yang hilang bagi setiap bulan akaun dipantau</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <location filename="ui/qt_words.py" line="52" />
            <source>&amp;Step up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="53" />
            <source>Step &amp;down</source>
            <translation>&amp;Turunkan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="54" />
            <source>&amp;Select All</source>
            <translation>&amp;Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <location filename="ui/qt_words.py" line="37" />
            <source>&amp;Undo</source>
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="38" />
            <source>&amp;Redo</source>
            <translation>Buat &amp;semula</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="39" />
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="40" />
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="41" />
            <source>&amp;Paste</source>
            <translation>&amp;Tampal</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="42" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="43" />
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <location filename="ui/qt_words.py" line="34" />
            <source>Show Details...</source>
            <translation>Tunjukkan Butiran...</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="35" />
            <source>Hide Details...</source>
            <translation>Sembunyikan Butiran...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <location filename="ui/qt_words.py" line="16" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="17" />
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="18" />
            <source>Save All</source>
            <translation>Simpan Semua</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="19" />
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="20" />
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="21" />
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;Semua</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="22" />
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="23" />
            <source>N&amp;o to All</source>
            <translation>Tidak untuk Se&amp;mua</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="24" />
            <source>Abort</source>
            <translation>Henti Paksa</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="25" />
            <source>Retry</source>
            <translation>Cuba Lagi</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="26" />
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="27" />
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="28" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="29" />
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="30" />
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="31" />
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="32" />
            <source>Reset</source>
            <translation>Set Semula</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="33" />
            <source>Restore Defaults</source>
            <translation>Pulihkan Lalai</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <location filename="ui/qt_words.py" line="36" />
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <location filename="ui/qt_words.py" line="44" />
            <source>&amp;Undo</source>
            <translation>&amp;Buat asal</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="45" />
            <source>&amp;Redo</source>
            <translation>Buat &amp;semula</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="46" />
            <source>Cu&amp;t</source>
            <translation>&amp;Potong</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="47" />
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="48" />
            <source>Copy &amp;Link Location</source>
            <translation>Salin Lokasi &amp;Pautan</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="49" />
            <source>&amp;Paste</source>
            <translation>&amp;Tampal</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="50" />
            <source>Delete</source>
            <translation>Padam</translation>
        </message>
        <message>
            <location filename="ui/qt_words.py" line="51" />
            <source>Select All</source>
            <translation>Pilih Semua</translation>
        </message>
    </context>
    <context>
        <name>RejectRowsModel</name>
        <message>
            <location filename="ui/models/import_preview_models.py" line="75" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="76" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="77" />
            <source>Column</source>
            <translation>Lajur</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="78" />
            <source>Reason</source>
            <translation>Sebab</translation>
        </message>
    </context>
    <context>
        <name>RejectedCasesModel</name>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="45" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="ui/dialogs/cases_import_dialog.py" line="46" />
            <source>Reason</source>
            <translation>Sebab</translation>
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="ui/views/task_menu.py" line="55" />
            <source>Reschedule</source>
            <translation>Jadual semula</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="59" />
            <source>&amp;Due:</source>
            <translation>&amp;Tarikh akhir:</translation>
        </message>
        <message numerus="yes">
            <location filename="ui/views/task_menu.py" line="58" />
            <source>New due date of %n task(s):</source>
            <translation>
                <numerusform>Tarikh akhir baharu bagi %n tugasan:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <location filename="ui/dialogs/search_dialog.py" line="29" />
            <source>Search everywhere</source>
            <translation>Cari di semua tempat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/search_dialog.py" line="31" />
            <source>Accounts, CRM ids, contacts, e-mails, tasks, notes, feedback…</source>
            <translation>Akaun, ID CRM, kenalan, e-mel, tugasan, nota, maklum balas…</translation>
        </message>
        <message>
            <location filename="ui/dialogs/search_dialog.py" line="67" />
            <source>Type to search; ↑↓ to choose, Enter to open, Esc to close.</source>
            <translation>Taip untuk mencari; ↑↓ untuk memilih, Enter untuk membuka, Esc untuk menutup.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/search_dialog.py" line="69" />
            <source>Nothing found.</source>
            <translation>Tiada apa-apa ditemui.</translation>
        </message>
        <message>
            <location filename="ui/dialogs/search_dialog.py" line="71" />
            <source>{0} found; Enter opens the selected one.</source>
            <translation>{0} ditemui; Enter membuka item yang dipilih.</translation>
        </message>
    </context>
    <context>
        <name>SearchModel</name>
        <message>
            <location filename="ui/models/search_model.py" line="30" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/models/search_model.py" line="31" />
            <source>Contacts</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="ui/models/search_model.py" line="32" />
            <source>Tasks</source>
            <translation>Tugasan</translation>
        </message>
        <message>
            <location filename="ui/models/search_model.py" line="33" />
            <source>Notes</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="ui/models/search_model.py" line="34" />
            <source>Feedback comments</source>
            <translation>Ulasan maklum balas</translation>
        </message>
    </context>
    <context>
        <name>SetHealthWeights</name>
        <message>
            <location filename="ui/commands/settings.py" line="22" />
            <source>Change health weights</source>
            <translation>Tukar pemberat kesihatan</translation>
        </message>
    </context>
    <context>
        <name>SetNumberPreferences</name>
        <message>
            <location filename="ui/commands/settings.py" line="40" />
            <source>Change preferences</source>
            <translation>Tukar keutamaan</translation>
        </message>
    </context>
    <context>
        <name>SetTaskStatus</name>
        <message>
            <location filename="ui/commands/tasks.py" line="27" />
            <source>Mark “{0}” done</source>
            <translation>Tandakan “{0}” selesai</translation>
        </message>
        <message>
            <location filename="ui/commands/tasks.py" line="29" />
            <source>Reopen “{0}”</source>
            <translation>Buka semula “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/tasks.py" line="31" />
            <source>Set status of “{0}”</source>
            <translation>Tetapkan status “{0}”</translation>
        </message>
    </context>
    <context>
        <name>StepDelegate</name>
        <message>
            <location filename="ui/views/playbook_delegates.py" line="32" />
            <source> d</source>
            <translation> h</translation>
        </message>
    </context>
    <context>
        <name>StepEditor</name>
        <message>
            <location filename="ui/views/playbook_steps.py" line="54" />
            <source>&amp;Add step</source>
            <translation>&amp;Tambah langkah</translation>
        </message>
        <message>
            <location filename="ui/views/playbook_steps.py" line="55" />
            <source>&amp;Remove step</source>
            <translation>&amp;Buang langkah</translation>
        </message>
        <message>
            <location filename="ui/views/playbook_steps.py" line="56" />
            <source>Move &amp;up</source>
            <translation>Alih ke &amp;atas</translation>
        </message>
        <message>
            <location filename="ui/views/playbook_steps.py" line="57" />
            <source>Move do&amp;wn</source>
            <translation>Alih ke ba&amp;wah</translation>
        </message>
        <message>
            <location filename="ui/views/playbook_steps.py" line="58" />
            <source>Double-click or F2 to edit a cell.</source>
            <translation>Klik dua kali atau tekan F2 untuk menyunting sel.</translation>
        </message>
        <message>
            <location filename="ui/views/playbook_steps.py" line="106" />
            <source>New step</source>
            <translation>Langkah baharu</translation>
        </message>
    </context>
    <context>
        <name>StepTableModel</name>
        <message>
            <location filename="ui/models/playbook_models.py" line="72" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="72" />
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="72" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="72" />
            <source>Due (days)</source>
            <translation>Tarikh akhir (hari)</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="73" />
            <source>Owner role</source>
            <translation>Peranan pemilik</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="73" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="73" />
            <source>Milestone kind</source>
            <translation>Jenis pencapaian</translation>
        </message>
        <message>
            <location filename="ui/models/playbook_models.py" line="128" />
            <source>Due this many days after the journey's start date.</source>
            <translation>Tarikh akhir ialah bilangan hari ini selepas tarikh mula perjalanan.</translation>
        </message>
    </context>
    <context>
        <name>TaskActions</name>
        <message>
            <location filename="ui/views/task_menu.py" line="93" />
            <source>Mark &amp;done</source>
            <translation>Tandakan s&amp;elesai</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="93" />
            <source>Mark &amp;in progress</source>
            <translation>Tandakan se&amp;dang berjalan</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="94" />
            <source>Mark &amp;blocked</source>
            <translation>Tandakan te&amp;rsekat</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="94" />
            <source>&amp;Skip</source>
            <translation>&amp;Langkau</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="95" />
            <source>&amp;Reopen (to do)</source>
            <translation>&amp;Buka semula (belum mula)</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="101" />
            <source>Reschedule +1 &amp;day</source>
            <translation>Jadual semula +1 &amp;hari</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="103" />
            <source>Reschedule +1 &amp;week</source>
            <translation>Jadual semula +1 &amp;minggu</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="105" />
            <source>Reschedule to a d&amp;ate…</source>
            <translation>Jadual semula ke &amp;tarikh…</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="107" />
            <source>Snoo&amp;ze to next Monday</source>
            <translation>Tangguh hingga &amp;Isnin depan</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="108" />
            <source>Out of this week's way: due next Monday</source>
            <translation>Alihkan keluar dari minggu ini: tarikh akhir Isnin depan</translation>
        </message>
        <message>
            <location filename="ui/views/task_menu.py" line="112" />
            <source>&amp;Edit task…</source>
            <translation>&amp;Sunting tugasan…</translation>
        </message>
    </context>
    <context>
        <name>TaskDialog</name>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="26" />
            <source>Edit task</source>
            <translation>Sunting tugasan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="26" />
            <source>Add task</source>
            <translation>Tambah tugasan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="30" />
            <source>Untick for a task without a due date</source>
            <translation>Nyahtanda untuk tugasan tanpa tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="37" />
            <source>&amp;Title:</source>
            <translation>&amp;Tajuk:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="38" />
            <source>&amp;Stage:</source>
            <translation>Pe&amp;ringkat:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="39" />
            <source>Due:</source>
            <translation>Tarikh akhir:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="40" />
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="41" />
            <source>&amp;Owner:</source>
            <translation>&amp;Pemilik:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/task_dialog.py" line="42" />
            <source>&amp;Notes:</source>
            <translation>&amp;Nota:</translation>
        </message>
    </context>
    <context>
        <name>TaskTreeModel</name>
        <message>
            <location filename="ui/models/task_model.py" line="50" />
            <source>Task</source>
            <translation>Tugasan</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="50" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="50" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="50" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="171" />
            <source>{0}  ({1}/{2} done)</source>
            <translation>{0}  ({1}/{2} selesai)</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="173" />
            <source>{0} late</source>
            <translation>{0} lewat</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="194" />
            <source>{0} · {1} late</source>
            <translation>{0} · lewat {1}</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="196" />
            <source>done {0}</source>
            <translation>selesai {0}</translation>
        </message>
        <message>
            <location filename="ui/models/task_model.py" line="221" />
            <source>Due {0}; {1} days late.</source>
            <translation>Tarikh akhir {0}; lewat {1} hari.</translation>
        </message>
    </context>
    <context>
        <name>TemplateModel</name>
        <message>
            <location filename="ui/models/template_model.py" line="25" />
            <source>Template</source>
            <translation>Templat</translation>
        </message>
        <message>
            <location filename="ui/models/template_model.py" line="25" />
            <source>Used for</source>
            <translation>Digunakan untuk</translation>
        </message>
        <message>
            <location filename="ui/models/template_model.py" line="25" />
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="47" />
            <source>Message templates</source>
            <translation>Templat mesej</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="56" />
            <source>&amp;New</source>
            <translation>&amp;Baharu</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="57" />
            <source>&amp;Delete</source>
            <translation>&amp;Padam</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="81" />
            <source>Placeholders: {0}</source>
            <translation>Ruang letak: {0}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="87" />
            <source>&amp;Save template</source>
            <translation>&amp;Simpan templat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="94" />
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="95" />
            <source>&amp;Used for:</source>
            <translation>&amp;Digunakan untuk:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="96" />
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="97" />
            <source>S&amp;ubject:</source>
            <translation>&amp;Subjek:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="98" />
            <source>&amp;Message:</source>
            <translation>&amp;Mesej:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="161" />
            <source>Not a placeholder (left as typed): {0}</source>
            <translation>Bukan ruang letak (dibiarkan seperti ditaip): {0}</translation>
        </message>
        <message>
            <location filename="ui/dialogs/templates_dialog.py" line="183" />
            <source>New template</source>
            <translation>Templat baharu</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <location filename="ui/charts/timeline.py" line="112" />
            <source>No dated steps yet: apply a playbook to plan this account.</source>
            <translation>Belum ada langkah bertarikh: gunakan playbook untuk merancang akaun ini.</translation>
        </message>
        <message>
            <location filename="ui/charts/timeline.py" line="163" />
            <location filename="ui/charts/timeline.py" line="297" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="ui/charts/timeline.py" line="225" />
            <source>Wheel: scroll the steps · Ctrl+wheel: zoom the dates · Shift+wheel: move along the dates</source>
            <translation>Roda: tatal langkah · Ctrl+roda: zum tarikh · Shift+roda: gerak sepanjang tarikh</translation>
        </message>
    </context>
    <context>
        <name>TodayModels</name>
        <message>
            <location filename="ui/models/today_models.py" line="128" />
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="36" />
            <location filename="ui/models/today_models.py" line="141" />
            <source>Account</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="141" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="36" />
            <location filename="ui/models/today_models.py" line="141" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="37" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="141" />
            <source>Health</source>
            <translation>Kesihatan</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="185" />
            <source>Health score {0:.0f} of 100 ({1})</source>
            <translation>Skor kesihatan {0:.0f} daripada 100 ({1})</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="36" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="37" />
            <source>When</source>
            <translation>Bila</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="131" />
            <source>In {0} days</source>
            <translation>Dalam {0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="105" />
            <location filename="ui/models/today_models.py" line="183" />
            <source>Open {0}</source>
            <translation>Buka {0}</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="36" />
            <source>Task or milestone</source>
            <translation>Tugasan atau pencapaian</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="64" />
            <source>Milestone: {0}</source>
            <translation>Pencapaian: {0}</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="107" />
            <source>Mark this task done</source>
            <translation>Tandakan tugasan ini selesai</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="124" />
            <source>{0} days late</source>
            <translation>Lewat {0} hari</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="126" />
            <source>1 day late</source>
            <translation>Lewat 1 hari</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="130" />
            <source>Tomorrow</source>
            <translation>Esok</translation>
        </message>
        <message>
            <location filename="ui/models/today_models.py" line="141" />
            <source>Why</source>
            <translation>Sebab</translation>
        </message>
    </context>
    <context>
        <name>TodayReader</name>
        <message>
            <location filename="ui/views/today_reader.py" line="97" />
            <source>Today's lists could not be read: {0}</source>
            <translation>Senarai Hari ini tidak dapat dibaca: {0}</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="ui/views/today_menus.py" line="45" />
            <source>&amp;Open account</source>
            <translation>&amp;Buka akaun</translation>
        </message>
        <message>
            <location filename="ui/views/today_menus.py" line="48" />
            <source>Selected a&amp;ccounts</source>
            <translation>Akaun &amp;dipilih</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="70" />
            <source>Overdue ({0})</source>
            <translation>Lewat tempoh ({0})</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="71" />
            <source>Nothing overdue. Well done.</source>
            <translation>Tiada yang lewat tempoh. Syabas.</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="72" />
            <source>Due in the next 7 days ({0})</source>
            <translation>Perlu disiapkan dalam 7 hari akan datang ({0})</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="74" />
            <source>Nothing due this week.</source>
            <translation>Tiada yang perlu disiapkan minggu ini.</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="75" />
            <source>Accounts at risk ({0})</source>
            <translation>Akaun berisiko ({0})</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="76" />
            <source>No account is at risk.</source>
            <translation>Tiada akaun yang berisiko.</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="78" />
            <source>At risk: health score red (below 40), tasks off track (over 60 % of the tasks due so far are overdue), or no first value more than 90 days after signing.</source>
            <translation>Berisiko: skor kesihatan merah (bawah 40), tugasan tersasar (lebih 60 % tugasan yang sepatutnya siap setakat ini lewat tempoh), atau tiada nilai pertama lebih 90 hari selepas kontrak ditandatangani.</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="81" />
            <source>Check-ins due ({0})</source>
            <translation>Daftar masuk perlu dibuat ({0})</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="82" />
            <source>Every account has had its call or meeting.</source>
            <translation>Semua akaun sudah menerima panggilan atau mesyuarat.</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="84" />
            <source>A check-in is a call or a meeting; the next one is due one cadence after the last one (weekly, fortnightly, monthly or custom, set per account or per segment).</source>
            <translation>Daftar masuk ialah panggilan atau mesyuarat; yang seterusnya perlu dibuat satu tempoh selepas yang terakhir (mingguan, dua minggu sekali, bulanan atau tersuai, ditetapkan per akaun atau per segmen).</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="93" />
            <source>Show the work of one owner's accounts</source>
            <translation>Paparkan kerja bagi akaun seorang pemilik</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="94" />
            <source>Everyone's work</source>
            <translation>Kerja semua orang</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="96" />
            <source>&amp;Group by account</source>
            <translation>&amp;Kumpulkan mengikut akaun</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="97" />
            <source>Keep each account's tasks and milestones together</source>
            <translation>Satukan tugasan dan pencapaian setiap akaun</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="102" />
            <source>Sho&amp;w:</source>
            <translation>&amp;Papar:</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="170" />
            <location filename="ui/views/today.py" line="248" />
            <source>Loading…</source>
            <translation>Memuatkan…</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="244" />
            <source>Today, {0}</source>
            <translation>Hari ini, {0}</translation>
        </message>
        <message>
            <location filename="ui/views/today.py" line="250" />
            <source>{0} · Due in the next 7 days: {1} · Accounts at risk: {2}</source>
            <translation>{0} · Perlu disiapkan dalam 7 hari akan datang: {1} · Akaun berisiko: {2}</translation>
        </message>
        <message>
            <location filename="ui/views/today_parts.py" line="29" />
            <source>{0} overdue ({1} tasks, {2} milestones)</source>
            <translation>{0} lewat tempoh ({1} tugasan, {2} pencapaian)</translation>
        </message>
    </context>
    <context>
        <name>TrackerCommand</name>
        <message>
            <location filename="ui/commands/base.py" line="58" />
            <source>The item no longer exists.</source>
            <translation>Item ini tidak wujud lagi.</translation>
        </message>
    </context>
    <context>
        <name>TrialDialog</name>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="193" />
            <source>Edit trial</source>
            <translation>Sunting percubaan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="193" />
            <source>Record a trial</source>
            <translation>Rekod percubaan</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="198" />
            <source>Untick for freemium without an end</source>
            <translation>Nyahtanda untuk freemium tanpa tarikh tamat</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="200" />
            <source>Tick when the account converted to paid</source>
            <translation>Tandakan apabila akaun telah bertukar kepada berbayar</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="202" />
            <source>&amp;Kind:</source>
            <translation>&amp;Jenis:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="203" />
            <source>&amp;Start:</source>
            <translation>&amp;Mula:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="204" />
            <source>&amp;End:</source>
            <translation>&amp;Tamat:</translation>
        </message>
        <message>
            <location filename="ui/dialogs/signal_dialogs.py" line="205" />
            <source>&amp;Converted to paid:</source>
            <translation>&amp;Bertukar kepada berbayar:</translation>
        </message>
    </context>
    <context>
        <name>TrialMaturityPanel</name>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="119" />
            <source>Trial</source>
            <translation>Percubaan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="122" />
            <location filename="ui/views/detail/signal_panels.py" line="189" />
            <source>Record trial…</source>
            <translation>Rekod percubaan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="123" />
            <source>Converted today</source>
            <translation>Bertukar hari ini</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="131" />
            <source>Maturity</source>
            <translation>Kematangan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="134" />
            <source>Record level…</source>
            <translation>Rekod tahap…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="135" />
            <source>Start next level's playbook</source>
            <translation>Mulakan playbook tahap seterusnya</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="137" />
            <source>The Expand loop: apply the playbook tied to the next maturity level, from today</source>
            <translation>Gelung Expand: gunakan playbook yang dikaitkan dengan tahap kematangan seterusnya, mulai hari ini</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="164" />
            <source>Account</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="173" />
            <source>No maturity level recorded yet.</source>
            <translation>Belum ada tahap kematangan yang direkodkan.</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="176" />
            <source>Level {0} of {1}: {2}</source>
            <translation>Tahap {0} daripada {1}: {2}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="180" />
            <source>Next: {0}</source>
            <translation>Seterusnya: {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="188" />
            <source>Did not start as a trial.</source>
            <translation>Tidak bermula sebagai percubaan.</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="192" />
            <source>Edit trial…</source>
            <translation>Sunting percubaan…</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="193" />
            <source>no end</source>
            <translation>tiada tarikh tamat</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="195" />
            <source>converted to paid on {0}</source>
            <translation>bertukar kepada berbayar pada {0}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="197" />
            <source>ended without converting</source>
            <translation>tamat tanpa bertukar</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="199" />
            <source>running</source>
            <translation>sedang berjalan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="200" />
            <source>{0} from {1} to {2}: {3}</source>
            <translation>{0} dari {1} hingga {2}: {3}</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="214" />
            <source>Record trial</source>
            <translation>Rekod percubaan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="219" />
            <source>Edit trial</source>
            <translation>Sunting percubaan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="233" />
            <source>Record trial converted</source>
            <translation>Rekod penukaran percubaan</translation>
        </message>
        <message>
            <location filename="ui/views/detail/signal_panels.py" line="247" />
            <source>Reach maturity level {0}</source>
            <translation>Capai tahap kematangan {0}</translation>
        </message>
    </context>
    <context>
        <name>UpdateRowsModel</name>
        <message>
            <location filename="ui/models/import_preview_models.py" line="66" />
            <source>Row</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="67" />
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <location filename="ui/models/import_preview_models.py" line="68" />
            <source>Changes</source>
            <translation>Perubahan</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <location filename="ui/app.py" line="86" />
            <source>Onboarding Tracker</source>
            <translation>Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="92" />
            <source>Database damaged</source>
            <translation>Pangkalan data rosak</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="93" />
            <source>Restore the newest good backup, {0}? The damaged file is kept beside it.</source>
            <translation>Pulihkan sandaran baik yang terkini, {0}? Fail yang rosak disimpan di sebelahnya.</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="95" />
            <source>Restore backup</source>
            <translation>Pulihkan sandaran</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="104" />
            <source>Database in use</source>
            <translation>Pangkalan data sedang digunakan</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="105" />
            <source>Open another file…</source>
            <translation>Buka fail lain…</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="110" />
            <source>Open database</source>
            <translation>Buka pangkalan data</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="111" />
            <source>Onboarding Tracker database (*.db);;All files (*)</source>
            <translation>Pangkalan data Onboarding Tracker (*.db);;Semua fail (*)</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="164" />
            <source>The folder of {0} cannot be written: {1}.</source>
            <translation>Folder bagi {0} tidak boleh ditulis: {1}.</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="280" />
            <source>The automatic backup failed: {0}</source>
            <translation>Sandaran automatik gagal: {0}</translation>
        </message>
        <message>
            <location filename="ui/app.py" line="354" />
            <source>{0} already exists; choose a new file for the demo.</source>
            <translation>{0} sudah wujud; pilih fail baharu untuk demo.</translation>
        </message>
    </context>
    <context>
        <name>banner</name>
        <message>
            <location filename="ui/demo_banner.py" line="69" />
            <source>&amp;Leave the demo</source>
            <translation>&amp;Keluar daripada demo</translation>
        </message>
        <message>
            <location filename="ui/demo_banner.py" line="74" />
            <source>Demo — Onboarding Tracker</source>
            <translation>Demo — Onboarding Tracker</translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <location filename="tracker/calendar_ics.py" line="58" />
            <source>Milestone: {0} ({1})</source>
            <translation>Peristiwa penting: {0} ({1})</translation>
        </message>
        <message>
            <location filename="tracker/calendar_ics.py" line="59" />
            <source>Target date of a milestone of {0}.</source>
            <translation>Tarikh sasaran peristiwa penting {0}.</translation>
        </message>
        <message>
            <location filename="tracker/calendar_ics.py" line="68" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="tracker/calendar_ics.py" line="69" />
            <source>Task of {0}, stage {1}.</source>
            <translation>Tugasan {0}, peringkat {1}.</translation>
        </message>
        <message>
            <location filename="tracker/calendar_ics.py" line="76" />
            <source>Check-in: {0}</source>
            <translation>Daftar masuk: {0}</translation>
        </message>
        <message>
            <location filename="tracker/calendar_ics.py" line="77" />
            <source>A call or meeting with {0} is due.</source>
            <translation>Panggilan atau mesyuarat dengan {0} perlu dibuat.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="tracker/cli/__init__.py" line="153" />
            <source>error: {0}</source>
            <translation>ralat: {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/__init__.py" line="178" />
            <source>a record the command needs no longer exists.</source>
            <translation>rekod yang diperlukan oleh arahan ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/cli/__init__.py" line="185" />
            <source>interrupted</source>
            <translation>dihentikan</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="65" />
            <location filename="tracker/cli/core_commands.py" line="112" />
            <location filename="tracker/cli/excel_commands.py" line="85" />
            <location filename="tracker/cli/goal_commands.py" line="108" />
            <location filename="tracker/cli/kpi_commands.py" line="24" />
            <source>No database at {0}.</source>
            <translation>Tiada pangkalan data di {0}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="77" />
            <source>suggested name</source>
            <translation>nama dicadangkan</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="77" />
            <location filename="tracker/cli/analytics_commands.py" line="88" />
            <source>accounts</source>
            <translation>akaun</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="78" />
            <source>share</source>
            <translation>bahagian</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="78" />
            <source>median size</source>
            <translation>saiz median</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="79" />
            <source>median MRR</source>
            <translation>MRR median</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="79" />
            <source>tech</source>
            <translation>teknikal</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="80" />
            <source>products</source>
            <translation>produk</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="80" />
            <source>top industry</source>
            <translation>industri utama</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="83" />
            <source>metric</source>
            <translation>metrik</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="83" />
            <source>test</source>
            <translation>ujian</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="84" />
            <source>statistic</source>
            <translation>statistik</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="84" />
            <source>p (Holm)</source>
            <translation>p (Holm)</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="85" />
            <source>effect [95% CI]</source>
            <translation>kesan [95% CI]</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="88" />
            <source>group</source>
            <translation>kumpulan</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="89" />
            <source>lost</source>
            <translation>hilang</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="89" />
            <source>alpha</source>
            <translation>alfa</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="90" />
            <source>beta</source>
            <translation>beta</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="90" />
            <source>churn/mo</source>
            <translation>churn/bln</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="91" />
            <source>avg MRR</source>
            <translation>MRR purata</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="91" />
            <source>projected CLTV</source>
            <translation>CLTV unjuran</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="92" />
            <source>simple CLTV</source>
            <translation>CLTV mudah</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="92" />
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="118" />
            <source>k  silhouette  within-cluster SS</source>
            <translation>k  silhouette  SS dalam kelompok</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="120" />
            <source>  &lt;- best</source>
            <translation>  &lt;- terbaik</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="123" />
            <source>strong structure</source>
            <translation>struktur yang kukuh</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="124" />
            <source>reasonable structure</source>
            <translation>struktur yang munasabah</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="125" />
            <source>weak structure</source>
            <translation>struktur yang lemah</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="126" />
            <source>no substantial structure</source>
            <translation>tiada struktur yang ketara</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="127" />
            <source>{0} with k = {1}, silhouette {2:.3f} ({3}; {4} accounts)</source>
            <translation>{0} dengan k = {1}, silhouette {2:.3f} ({3}; {4} akaun)</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="140" />
            <source>
Created {0} segments and assigned their accounts.</source>
            <translation>{0} segmen dicipta dan akaunnya telah ditetapkan.</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="159" />
            <source>There is no playbook named '{0}'.</source>
            <translation>Tiada playbook bernama '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="191" />
            <source>A = {0} ({1} accounts), B = {2} ({3} accounts), as of {4}
</source>
            <translation>A = {0} ({1} akaun), B = {2} ({3} akaun), setakat {4}</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="204" />
            <source>
Verdict: {0}</source>
            <translation>Keputusan: {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="218" />
            <source>sBG retention projection as of {0}: margin {1:.0%}, discount {2:.0%} a year, {3} months
</source>
            <translation>Unjuran pengekalan sBG setakat {0}: margin {1:.0%}, diskaun {2:.0%} setahun, {3} bulan</translation>
        </message>
        <message>
            <location filename="tracker/cli/analytics_commands.py" line="236" />
            <source>
Simple CLTV = avg MRR x margin / monthly churn: one churn rate for ever, no discount.
Projected CLTV sums margin x MRR x projected survival over the horizon, discounted.</source>
            <translation>CLTV mudah = MRR purata x margin / churn bulanan: satu kadar churn untuk selama-lamanya, tanpa diskaun.
CLTV unjuran menjumlahkan margin x MRR x kemandirian unjuran sepanjang tempoh, didiskaunkan.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="57" />
            <source>The demo needs at least one account.</source>
            <translation>Demo memerlukan sekurang-kurangnya satu akaun.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="59" />
            <source>{0} is a folder, not a database file.</source>
            <translation>{0} ialah folder, bukan fail pangkalan data.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="62" />
            <source>{0} already exists; use --force to replace it.</source>
            <translation>{0} sudah wujud; gunakan --force untuk menggantikannya.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="82" />
            <source>The demo could not be created at {0} ({1}); no file was left behind.</source>
            <translation>Demo tidak dapat dicipta di {0} ({1}); tiada fail yang ditinggalkan.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="88" />
            <source>Created {0}: {1} accounts, {2} contacts, {3} tasks, {4} milestones, {5} feedback, {6} activities in {7:.1f} s.</source>
            <translation>{0} dicipta: {1} akaun, {2} kenalan, {3} tugasan, {4} pencapaian, {5} maklum balas, {6} aktiviti dalam {7:.1f} s.</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="105" />
            <source>{0}: ok</source>
            <translation>{0}: ok</translation>
        </message>
        <message>
            <location filename="tracker/cli/core_commands.py" line="115" />
            <source>Backed up {0} to {1}</source>
            <translation>{0} disandarkan ke {1}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="101" />
            <location filename="tracker/cli/goal_commands.py" line="160" />
            <location filename="tracker/cli/kpi_commands.py" line="25" />
            <location filename="tracker/cli/plan_commands.py" line="97" />
            <source>No segment named '{0}'.</source>
            <translation>Tiada segmen bernama '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="111" />
            <source>{0} is not an .xlsx name; the export writes an Excel workbook, so name it like {1}.xlsx.</source>
            <translation>{0} bukan nama .xlsx; eksport menulis buku kerja Excel, jadi namakannya seperti {1}.xlsx.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="122" />
            <source>Wrote the playbooks to {0}</source>
            <translation>Playbook ditulis ke {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="128" />
            <source>Wrote {0}: {1}.</source>
            <translation>{0} ditulis: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="135" />
            <source>  ignored columns: {0}</source>
            <translation>  lajur diabaikan: {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="138" />
            <source>  note: {0}</source>
            <translation>  nota: {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="144" />
            <source>  row {0} kept without: {1}</source>
            <translation>  baris {0} disimpan tanpa: {1}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="147" />
            <source>  row {0} update {1}: {2}</source>
            <translation>  baris {0} kemas kini {1}: {2}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="149" />
            <source>  row {0} rejected: {1}</source>
            <translation>  baris {0} ditolak: {1}</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="153" />
            <source>  ... and {0} more rejected rows</source>
            <translation>  ... dan {0} lagi baris ditolak</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="158" />
            <source>Playbooks: none applied to new accounts.</source>
            <translation>Playbook: tiada yang digunakan pada akaun baharu.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="161" />
            <source>Playbooks from {0}: {1} journeys, {2} open tasks ({3} overdue), {4} done, {5} skipped, {6} milestones.</source>
            <translation>Playbook daripada {0}: {1} perjalanan, {2} tugasan terbuka ({3} lewat tempoh), {4} selesai, {5} dilangkau, {6} pencapaian.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="177" />
            <source>Imported the playbooks.</source>
            <translation>Playbook telah diimport.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="190" />
            <source>Dry run: nothing was written.</source>
            <translation>Larian cuba: tiada apa-apa ditulis.</translation>
        </message>
        <message>
            <location filename="tracker/cli/excel_commands.py" line="214" />
            <source>Wrote the import template to {0}</source>
            <translation>Templat import ditulis ke {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="116" />
            <source>No account '{0}'.</source>
            <translation>Tiada akaun '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="145" />
            <source>#{0} {1}: {2} {3} to {4:g} by {5} ({6}); now {7}, forecast {8}; {9}</source>
            <translation>#{0} {1}: {2} {3} kepada {4:g} menjelang {5} ({6}); kini {7}, ramalan {8}; {9}</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="170" />
            <source>Goal #{0} set; baseline {1} on {2}.</source>
            <translation>Matlamat #{0} ditetapkan; garis dasar {1} pada {2}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="182" />
            <source>Goal #{0} closed on {1}: {2}.</source>
            <translation>Matlamat #{0} ditutup pada {1}: {2}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="200" />
            <source>#{0} account {1} {2} {3:&lt;7} {4:&lt;17} {5}: {6}</source>
            <translation>#{0} akaun {1} {2} {3:&lt;7} {4:&lt;17} {5}: {6}</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="215" />
            <source>Case #{0} added.</source>
            <translation>Kes #{0} ditambah.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="228" />
            <source>{0} {1} new cases, {2} updated, {3} unchanged, {4} rejected.</source>
            <translation>{0} {1} kes baharu, {2} dikemas kini, {3} tidak berubah, {4} ditolak.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="232" />
            <source>  row {0}: {1}</source>
            <translation>  baris {0}: {1}</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="247" />
            <source>account {0} {1} {2} to {3}: {4}</source>
            <translation>akaun {0} {1} {2} kepada {3}: {4}</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="261" />
            <source>Trial #{0} added.</source>
            <translation>Percubaan #{0} ditambah.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="270" />
            <source>Account '{0}' has no trial.</source>
            <translation>Akaun '{0}' tiada percubaan.</translation>
        </message>
        <message>
            <location filename="tracker/cli/goal_commands.py" line="274" />
            <source>Trial of account {0} converted.</source>
            <translation>Percubaan akaun {0} telah ditukar kepada berbayar.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="29" />
            <source>--map takes HEADER=FIELD, not '{0}'.</source>
            <translation>--map menerima HEADER=FIELD, bukan '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="38" />
            <source>Could not read the mapping file {0}: {1}.</source>
            <translation>Fail pemetaan {0} tidak dapat dibaca: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="41" />
            <source>The mapping file {0} must hold a JSON object.</source>
            <translation>Fail pemetaan {0} mesti mengandungi objek JSON.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="48" />
            <source>The mapping file {0} must map headers to field names.</source>
            <translation>Fail pemetaan {0} mesti memetakan pengepala kepada nama medan.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="51" />
            <source>Unknown kind '{0}' in {1}; use one of {2}.</source>
            <translation>Jenis '{0}' dalam {1} tidak dikenali; gunakan salah satu daripada {2}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="61" />
            <source>{0} have no field '{1}'; the fields are: {2}.</source>
            <translation>{0} tiada medan '{1}'; medannya ialah: {2}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="101" />
            <source>No sheet has a column {0}.</source>
            <translation>Tiada helaian yang mempunyai lajur {0}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="115" />
            <source>{0} Choose what the rows are: pass --kind contacts (or another kind) to import them.</source>
            <translation>{0} Pilih jenis baris: berikan --kind contacts (atau jenis lain) untuk mengimportnya.</translation>
        </message>
        <message>
            <location filename="tracker/cli/import_mapping_args.py" line="120" />
            <source>'{0}' dates like {1} could be {2} ({3}) or {4} ({5}); pass --dates dmy or --dates mdy.</source>
            <translation>Tarikh dalam '{0}' seperti {1} mungkin {2} ({3}) atau {4} ({5}); berikan --dates dmy atau --dates mdy.</translation>
        </message>
        <message>
            <location filename="tracker/cli/kpi_commands.py" line="50" />
            <source>not reached yet</source>
            <translation>belum dicapai</translation>
        </message>
        <message>
            <location filename="tracker/cli/kpi_commands.py" line="51" />
            <source>no data</source>
            <translation>tiada data</translation>
        </message>
        <message>
            <location filename="tracker/cli/kpi_commands.py" line="55" />
            <source>{0:.0f} days</source>
            <translation>{0:.0f} hari</translation>
        </message>
        <message>
            <location filename="tracker/cli/kpi_commands.py" line="91" />
            <source>{0} must be at least 1.</source>
            <translation>{0} mestilah sekurang-kurangnya 1.</translation>
        </message>
        <message>
            <location filename="tracker/cli/kpi_commands.py" line="115" />
            <source>KPIs as of {0}</source>
            <translation>KPI setakat {0}</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="62" />
            <source>No account named '{0}'.</source>
            <translation>Tiada akaun bernama '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="64" />
            <source>{0} accounts are named '{1}'; give the id instead.</source>
            <translation>{0} akaun bernama '{1}'; berikan id sebagai ganti.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="71" />
            <source>{0} must end in .ics.</source>
            <translation>{0} mesti berakhir dengan .ics.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="75" />
            <source>Wrote {0}: {1} events.</source>
            <translation>{0} ditulis: {1} acara.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="84" />
            <source>Wrote {0}.</source>
            <translation>{0} ditulis.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="101" />
            <source>Check-in cadence set: {0} every {1} days.</source>
            <translation>Kekerapan daftar masuk ditetapkan: {0} setiap {1} hari.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="104" />
            <source>Check-in cadence set: {0}.</source>
            <translation>Kekerapan daftar masuk ditetapkan: {0}.</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="114" />
            <source>overdue {0} d</source>
            <translation>lewat {0} h</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="116" />
            <source>due</source>
            <translation>perlu dibuat</translation>
        </message>
        <message>
            <location filename="tracker/cli/plan_commands.py" line="118" />
            <source>{0} check-ins due or overdue as of {1}.</source>
            <translation>{0} daftar masuk perlu dibuat atau lewat tempoh setakat {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="tracker/cli/analytics_commands.py" line="164" />
            <source>Created segment '{0}' (id {1}) with %n account(s).</source>
            <translation>
                <numerusform>Segmen '{0}' (id {1}) dicipta dengan %n akaun.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="tracker/cli/analytics_commands.py" line="152" />
            <source>Matching {0}: %n account(s)</source>
            <translation>
                <numerusform>Sepadan dengan {0}: %n akaun</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>customer_plan</name>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="29" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="30" />
            <source>Not needed</source>
            <translation>Tidak diperlukan</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="31" />
            <source>Behind plan</source>
            <translation>Ketinggalan jadual</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="32" />
            <source>Next</source>
            <translation>Seterusnya</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="33" />
            <source>Planned</source>
            <translation>Dirancang</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="36" />
            <source>Your team</source>
            <translation>Pasukan anda</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="37" />
            <source>Our team</source>
            <translation>Pasukan kami</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="82" />
            <source>Plan</source>
            <translation>Pelan</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="83" />
            <location filename="tracker/excel/customer_plan.py" line="227" />
            <source>Onboarding plan: {0}</source>
            <translation>Pelan onboarding: {0}</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="85" />
            <source>As of {0}</source>
            <translation>Setakat {0}</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="89" />
            <source>Contract signed</source>
            <translation>Kontrak ditandatangani</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="90" />
            <source>Kickoff</source>
            <translation>Kickoff</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="91" />
            <source>Planned go-live</source>
            <translation>Sasaran go-live</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="92" />
            <source>Live since</source>
            <translation>Live sejak</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="93" />
            <source>First value reached</source>
            <translation>Nilai pertama dicapai</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="102" />
            <source>What is next</source>
            <translation>Seterusnya</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="107" />
            <source>Nothing open: every step is done.</source>
            <translation>Tiada yang terbuka: semua langkah selesai.</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="117" />
            <source>Milestones</source>
            <translation>Peristiwa penting</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="121" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="121" />
            <source>Target date</source>
            <translation>Tarikh sasaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="122" />
            <source>Reached on</source>
            <translation>Dicapai pada</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="122" />
            <location filename="tracker/excel/customer_plan.py" line="137" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="131" />
            <source>Every step</source>
            <translation>Semua langkah</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="135" />
            <location filename="tracker/excel/customer_plan.py" line="181" />
            <source>Step</source>
            <translation>Langkah</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="135" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="136" />
            <location filename="tracker/excel/customer_plan.py" line="182" />
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="136" />
            <source>Due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="137" />
            <source>Done on</source>
            <translation>Selesai pada</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="167" />
            <source>Timeline</source>
            <translation>Garis masa</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="169" />
            <source>Timeline: {0}</source>
            <translation>Garis masa: {0}</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="172" />
            <source>No dated steps yet.</source>
            <translation>Belum ada langkah bertarikh.</translation>
        </message>
        <message>
            <location filename="tracker/excel/customer_plan.py" line="209" />
            <source>◆ milestone   ✓ done   ! behind plan   red outline: this week</source>
            <translation>◆ peristiwa penting   ✓ selesai   ! ketinggalan jadual   garis merah: minggu ini</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="ui/errors.py" line="83" />
            <source>Onboarding Tracker</source>
            <translation>Onboarding Tracker</translation>
        </message>
        <message>
            <location filename="ui/errors.py" line="61" />
            <source> Details are in {0}.</source>
            <translation> Butiran terdapat dalam {0}.</translation>
        </message>
        <message>
            <location filename="ui/errors.py" line="62" />
            <source>Something went wrong in Onboarding Tracker ({0}). Everything saved before is safe in the database.</source>
            <translation>Berlaku ralat dalam Onboarding Tracker ({0}). Semua yang telah disimpan sebelum ini selamat dalam pangkalan data.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/groups.py" line="41" />
            <source>There is no {0} named '{1}'.</source>
            <translation>Tiada {0} bernama '{1}'.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/groups.py" line="58" />
            <source>'{0}' is not a group; write e.g. segment:Enterprise, playbook:NAME, period:2025-01-01..2025-06-30 or rule:RULE.</source>
            <translation>'{0}' bukan kumpulan; tulis contohnya segment:Enterprise, playbook:NAMA, period:2025-01-01..2025-06-30 atau rule:PERATURAN.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/groups.py" line="74" />
            <source>Write a period as START..END, e.g. 2025-01-01..2025-06-30.</source>
            <translation>Tulis tempoh sebagai MULA..TAMAT, contohnya 2025-01-01..2025-06-30.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="58" />
            <source>The rule cannot be read near '{0}'.</source>
            <translation>Peraturan tidak dapat dibaca berhampiran '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="73" />
            <source>'{0}' is not a field a rule can use; use one of: {1}.</source>
            <translation>'{0}' bukan medan yang boleh digunakan oleh peraturan; gunakan salah satu daripada: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="85" />
            <source>'{0}' is not a number, and {1} is one.</source>
            <translation>'{0}' bukan nombor, sedangkan {1} ialah nombor.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="99" />
            <source>'{0}' needs an operator and a value (e.g. = 5).</source>
            <translation>'{0}' memerlukan operator dan nilai (contohnya = 5).</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="115" />
            <source>Expected an operator after '{0}'.</source>
            <translation>Operator dijangka selepas '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="119" />
            <source>The condition on {0} has no value.</source>
            <translation>Syarat pada {0} tiada nilai.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="122" />
            <source>{0} is text: compare it with =, !=, in or contains.</source>
            <translation>{0} ialah teks: bandingkannya dengan =, !=, in atau contains.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="126" />
            <source>{0} is a number: 'contains' does not apply.</source>
            <translation>{0} ialah nombor: 'contains' tidak terpakai.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="139" />
            <source>The value for {0} is not one value; quote it.</source>
            <translation>Nilai untuk {0} bukan satu nilai; letakkan dalam tanda petik.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="144" />
            <source>The list after '{0}' is empty.</source>
            <translation>Senarai selepas '{0}' kosong.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="153" />
            <source>Put the whole value in one pair of quotes.</source>
            <translation>Letakkan seluruh nilai dalam satu pasangan tanda petik.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="162" />
            <source>The rule is empty.</source>
            <translation>Peraturan ini kosong.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="170" />
            <source>A condition is missing around 'and'/'or'.</source>
            <translation>Satu syarat tiada di sekitar 'and'/'or'.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="221" />
            <source>A segment's name is required.</source>
            <translation>Nama segmen diperlukan.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segment_rules.py" line="225" />
            <source>A segment named '{0}' already exists; choose another name.</source>
            <translation>Segmen bernama '{0}' sudah wujud; pilih nama lain.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="58" />
            <location filename="tracker/analytics/segmentation.py" line="158" />
            <source>Cannot make {0} clusters from {1} accounts.</source>
            <translation>Tidak dapat membentuk {0} kelompok daripada {1} akaun.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="71" />
            <source>The accounts do not split into {0} distinct groups.</source>
            <translation>Akaun tidak terbahagi kepada {0} kumpulan yang berbeza.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="199" />
            <source>Unknown clustering method '{0}'; use kmeans or ward.</source>
            <translation>Kaedah pengelompokan '{0}' tidak dikenali; gunakan kmeans atau ward.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="203" />
            <source>Clustering needs at least 4 accounts.</source>
            <translation>Pengelompokan memerlukan sekurang-kurangnya 4 akaun.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="215" />
            <source>Too few accounts to suggest a number of clusters.</source>
            <translation>Terlalu sedikit akaun untuk mencadangkan bilangan kelompok.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="241" />
            <source>Give {0} names, one per cluster.</source>
            <translation>Berikan {0} nama, satu bagi setiap kelompok.</translation>
        </message>
        <message>
            <location filename="tracker/analytics/segmentation.py" line="246" />
            <source>Two clusters have the same name; each segment needs its own.</source>
            <translation>Dua kelompok mempunyai nama yang sama; setiap segmen memerlukan namanya sendiri.</translation>
        </message>
        <message>
            <location filename="tracker/excel/import_undo.py" line="119" />
            <source>The import cannot be redone: records added since it was undone now hold its place. Nothing was changed; import the file again instead.</source>
            <translation>Import tidak dapat dibuat semula: rekod yang ditambah sejak import dibuat asal kini menggunakan tempatnya. Tiada apa-apa diubah; import fail itu sekali lagi.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/health_weights.py" line="48" />
            <source>Unknown health factor '{0}'.</source>
            <translation>Faktor kesihatan '{0}' tidak dikenali.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/health_weights.py" line="56" />
            <source>A weight for '{0}' is missing.</source>
            <translation>Pemberat untuk '{0}' tiada.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/health_weights.py" line="62" />
            <source>The weight of '{0}' must be a number.</source>
            <translation>Pemberat '{0}' mestilah nombor.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/health_weights.py" line="66" />
            <source>The weight of '{0}' cannot be negative.</source>
            <translation>Pemberat '{0}' tidak boleh negatif.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/health_weights.py" line="72" />
            <source>Health weights must total 100 (they total {0:g}).</source>
            <translation>Jumlah pemberat kesihatan mestilah 100 (jumlahnya kini {0:g}).</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="54" />
            <source>Gross margin must be a share above 0 and at most 1 (e.g. 0.8).</source>
            <translation>Margin kasar mestilah bahagian melebihi 0 dan paling banyak 1 (contohnya 0.8).</translation>
        </message>
        <message>
            <location filename="tracker/queries/customer_plan.py" line="102" />
            <source>Account {0} no longer exists.</source>
            <translation>Akaun {0} tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/accounts.py" line="55" />
            <location filename="tracker/services/base.py" line="113" />
            <location filename="tracker/services/records.py" line="74" />
            <source>Unknown field(s): {0}</source>
            <translation>Medan tidak dikenali: {0}</translation>
        </message>
        <message>
            <location filename="tracker/services/accounts.py" line="236" />
            <location filename="tracker/services/journeys.py" line="45" />
            <source>The account no longer exists.</source>
            <translation>Akaun ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="55" />
            <source>{0} {1} no longer exists</source>
            <translation>{0} {1} tidak wujud lagi</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="157" />
            <source>A contact with this e-mail already exists.</source>
            <translation>Kenalan dengan e-mel ini sudah wujud.</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="160" />
            <source>Another account has this external id.</source>
            <translation>Akaun lain sudah mempunyai id luaran ini.</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="162" />
            <source>This {0} already exists ({1}).</source>
            <translation>{0} ini sudah wujud ({1}).</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="165" />
            <source>A value is outside what {0} allows.</source>
            <translation>Satu nilai berada di luar had yang dibenarkan oleh {0}.</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="168" />
            <source>The row refers to something that does not exist.</source>
            <translation>Baris ini merujuk kepada sesuatu yang tidak wujud.</translation>
        </message>
        <message>
            <location filename="tracker/services/base.py" line="172" />
            <source>{0} is required.</source>
            <translation>{0} diperlukan.</translation>
        </message>
        <message>
            <location filename="tracker/services/bulk.py" line="39" />
            <source>Nothing is selected.</source>
            <translation>Tiada apa-apa yang dipilih.</translation>
        </message>
        <message>
            <location filename="tracker/services/bulk.py" line="54" />
            <source>Unknown field '{0}'.</source>
            <translation>Medan '{0}' tidak dikenali.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="30" />
            <source>segment</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="31" />
            <source>owner</source>
            <translation>pemilik</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="32" />
            <source>cohort</source>
            <translation>kohort</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="39" />
            <source>'{0}' is not a KPI.</source>
            <translation>'{0}' bukan KPI.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="44" />
            <source>The deadline must come after the start date.</source>
            <translation>Tarikh akhir mestilah selepas tarikh mula.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="48" />
            <source>Say which {0} the goal is for.</source>
            <translation>Nyatakan {0} bagi matlamat ini.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="52" />
            <source>The segment must be given by its id.</source>
            <translation>Segmen mesti dinyatakan melalui ID-nya.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="59" />
            <source>A cohort is a signed month written YYYY-MM.</source>
            <translation>Kohort ialah bulan tandatangan yang ditulis dalam format YYYY-MM.</translation>
        </message>
        <message>
            <location filename="tracker/services/goals.py" line="102" />
            <source>The goal is already closed.</source>
            <translation>Matlamat ini sudah ditutup.</translation>
        </message>
        <message>
            <location filename="tracker/services/journeys.py" line="41" />
            <location filename="tracker/services/playbooks.py" line="116" />
            <source>The playbook no longer exists.</source>
            <translation>Playbook ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/journeys.py" line="117" />
            <source>The journey no longer exists.</source>
            <translation>Perjalanan ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/maturity.py" line="25" />
            <source>A maturity level called {0} exists already.</source>
            <translation>Tahap kematangan bernama {0} sudah wujud.</translation>
        </message>
        <message>
            <location filename="tracker/services/maturity.py" line="75" />
            <source>The ladder changed meanwhile; the new order was not saved.</source>
            <translation>Tangga telah berubah sementara itu; susunan baharu tidak disimpan.</translation>
        </message>
        <message>
            <location filename="tracker/services/playbooks.py" line="162" />
            <location filename="tracker/services/playbooks.py" line="176" />
            <source>The step no longer exists.</source>
            <translation>Langkah ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/preferences.py" line="57" />
            <source>Unknown currency '{0}'.</source>
            <translation>Mata wang '{0}' tidak dikenali.</translation>
        </message>
        <message>
            <location filename="tracker/services/preferences.py" line="60" />
            <source>Decimals must be 0, 1 or 2.</source>
            <translation>Tempat perpuluhan mestilah 0, 1 atau 2.</translation>
        </message>
        <message>
            <location filename="tracker/services/records.py" line="99" />
            <source>The {0} no longer exists.</source>
            <translation>{0} ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/services/records.py" line="152" />
            <source>A {0} score is {1} to {2}.</source>
            <translation>Skor {0} mestilah dari {1} hingga {2}.</translation>
        </message>
        <message>
            <location filename="tracker/services/signals.py" line="38" />
            <source>The {0} cannot be before the {1}.</source>
            <translation>{0} tidak boleh lebih awal daripada {1}.</translation>
        </message>
        <message>
            <location filename="tracker/services/tasks.py" line="130" />
            <source>The task no longer exists.</source>
            <translation>Tugasan ini tidak wujud lagi.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="56" />
            <source>The {0} is required.</source>
            <translation>Medan {0} wajib diisi.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="57" />
            <source>The {0} must be text.</source>
            <translation>Medan {0} mestilah teks.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="58" />
            <source>The {0} is too long: {1:,} characters, at most {2:,}.</source>
            <translation>Medan {0} terlalu panjang: {1:,} aksara, maksimum {2:,}.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="59" />
            <source>The {0} contains a control character (such as a terminal escape or NUL); remove it.</source>
            <translation>Medan {0} mengandungi aksara kawalan (seperti escape terminal atau NUL); buangkan aksara itu.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="61" />
            <source>The {0} holds characters that are not valid text.</source>
            <translation>Medan {0} mengandungi aksara yang bukan teks yang sah.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="62" />
            <source>The {0} must be a number, not true or false.</source>
            <translation>Medan {0} mestilah nombor, bukan benar atau palsu.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="63" />
            <source>The {0} must be a number.</source>
            <translation>Medan {0} mestilah nombor.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="64" />
            <source>The {0} must be a whole number.</source>
            <translation>Medan {0} mestilah nombor bulat.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="65" />
            <source>The {0} must be a finite number, not infinity or NaN.</source>
            <translation>Medan {0} mestilah nombor terhingga, bukan infiniti atau NaN.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="66" />
            <source>The {0} must be between {1:,} and {2:,}.</source>
            <translation>Medan {0} mestilah antara {1:,} dan {2:,}.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="67" />
            <source>The {0} '{1}' is not an e-mail address (like name@example.com).</source>
            <translation>'{1}' dalam medan {0} bukan alamat e-mel (contohnya nama@example.com).</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="69" />
            <source>The {0} '{1}' is not a date (use YYYY-MM-DD).</source>
            <translation>'{1}' dalam medan {0} bukan tarikh (gunakan YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="70" />
            <source>The {0} {1} is not between the years {2} and {3}.</source>
            <translation>Nilai {1} dalam medan {0} tidak berada antara tahun {2} dan {3}.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="71" />
            <source>'{1}' is not a valid {0}.</source>
            <translation>'{1}' bukan {0} yang sah.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="72" />
            <source>The {0} must be the id of an existing record.</source>
            <translation>Medan {0} mestilah ID rekod yang wujud.</translation>
        </message>
        <message>
            <location filename="tracker/validation.py" line="73" />
            <source>Unknown field(s): {0}.</source>
            <translation>Medan tidak dikenali: {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="tracker/services/signals.py" line="106" />
            <source>This level has been reached by %n account(s) or contact(s); it cannot be removed.</source>
            <translation>
                <numerusform>Tahap ini telah dicapai oleh %n akaun atau kenalan; tahap ini tidak boleh dialih keluar.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>excel</name>
        <message>
            <location filename="tracker/excel/cases_import.py" line="128" />
            <source>Sheet '{0}' has no columns for the account and the day a case was opened (like Organization and Created at).</source>
            <translation>Helaian '{0}' tiada lajur untuk akaun dan tarikh kes dibuka (seperti Organization dan Created at).</translation>
        </message>
        <message>
            <location filename="tracker/excel/cases_import.py" line="157" />
            <source>No account named or with the CRM ID '{0}'.</source>
            <translation>Tiada akaun bernama atau dengan ID CRM '{0}'.</translation>
        </message>
        <message>
            <location filename="tracker/excel/columns.py" line="35" />
            <source>segment</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="76" />
            <source>{0} is {1:,.0f} MB, more than the {2} MB a CSV file may hold for import; split it into smaller files.</source>
            <translation>{0} bersaiz {1:,.0f} MB, melebihi {2} MB yang dibenarkan bagi fail CSV untuk diimport; pecahkannya kepada fail yang lebih kecil.</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="81" />
            <location filename="tracker/excel/file_kind.py" line="62" />
            <source>{0} cannot be read: {1}.</source>
            <translation>{0} tidak dapat dibaca: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="84" />
            <source>{0} is empty.</source>
            <translation>{0} kosong.</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="87" />
            <source>{0} is not a spreadsheet (use .xlsx, .xlsm, .xlsb, .xls, .ods or .csv).</source>
            <translation>{0} bukan hamparan (gunakan .xlsx, .xlsm, .xlsb, .xls, .ods atau .csv).</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="96" />
            <source>Reading the file was cancelled.</source>
            <translation>Pembacaan fail dibatalkan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/csv_reader.py" line="100" />
            <source>{0} is damaged or not a valid CSV file ({1}).</source>
            <translation>{0} rosak atau bukan fail CSV yang sah ({1}).</translation>
        </message>
        <message>
            <location filename="tracker/excel/errors.py" line="13" />
            <location filename="tracker/excel/file_kind.py" line="30" />
            <source>There is no file at {0}.</source>
            <translation>Tiada fail di {0}.</translation>
        </message>
        <message>
            <location filename="tracker/excel/errors.py" line="14" />
            <source>Sheet '{0}' is empty.</source>
            <translation>Helaian '{0}' kosong.</translation>
        </message>
        <message>
            <location filename="tracker/excel/errors.py" line="30" />
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Import dibatalkan; tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="tracker/excel/errors.py" line="38" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Eksport dibatalkan; tiada fail ditulis.</translation>
        </message>
        <message>
            <location filename="tracker/excel/file_kind.py" line="31" />
            <source>{0} is a folder, not a file; choose a spreadsheet file in it.</source>
            <translation>{0} ialah folder, bukan fail; pilih fail hamparan di dalamnya.</translation>
        </message>
        <message>
            <location filename="tracker/excel/file_kind.py" line="32" />
            <source>{0} is a pipe (FIFO), not a file; save the data to a file and import that.</source>
            <translation>{0} ialah paip (FIFO), bukan fail; simpan data ke dalam fail dan import fail itu.</translation>
        </message>
        <message>
            <location filename="tracker/excel/file_kind.py" line="34" />
            <source>{0} is a device or socket, not a file; choose a spreadsheet file.</source>
            <translation>{0} ialah peranti atau soket, bukan fail; pilih fail hamparan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/file_kind.py" line="36" />
            <source>{0} is a link that leads back to itself (a loop of links), not a file.</source>
            <translation>{0} ialah pautan yang merujuk kembali kepada dirinya sendiri (gelung pautan), bukan fail.</translation>
        </message>
        <message>
            <location filename="tracker/excel/file_kind.py" line="38" />
            <source>{0} is a link to a file that does not exist.</source>
            <translation>{0} ialah pautan kepada fail yang tidak wujud.</translation>
        </message>
        <message>
            <location filename="tracker/excel/importer.py" line="151" />
            <source>Another program wrote to the database during the import; nothing was changed.</source>
            <translation>Program lain menulis ke pangkalan data semasa import; tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="tracker/excel/importer.py" line="239" />
            <source>Rows changed or were deleted since the preview; preview the file again.</source>
            <translation>Baris telah diubah atau dipadam sejak pratonton; pratonton fail sekali lagi.</translation>
        </message>
        <message>
            <location filename="tracker/excel/importer.py" line="298" />
            <source>Two sheets of this import hold the same kind of rows; import them one at a time.</source>
            <translation>Dua helaian dalam import ini mengandungi jenis baris yang sama; import satu demi satu.</translation>
        </message>
        <message>
            <location filename="tracker/excel/importer.py" line="339" />
            <source>The import was refused by the database ({0}); nothing was changed.</source>
            <translation>Import ditolak oleh pangkalan data ({0}); tiada apa-apa yang diubah.</translation>
        </message>
        <message>
            <location filename="tracker/excel/numbers.py" line="19" />
            <source>'{0}' is not a number</source>
            <translation>'{0}' bukan nombor</translation>
        </message>
        <message>
            <location filename="tracker/excel/numbers.py" line="116" />
            <source>'{0}' is written with another decimal separator than the rest of the column</source>
            <translation>'{0}' ditulis dengan pemisah perpuluhan yang berbeza daripada baki lajur</translation>
        </message>
        <message>
            <location filename="tracker/excel/numbers.py" line="125" />
            <source>'{0}' could be {1:g} or {2}; the column does not show which separator is the decimal one</source>
            <translation>'{0}' mungkin {1:g} atau {2}; lajur tidak menunjukkan pemisah mana yang menandakan perpuluhan</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="107" />
            <source>{0} has no playbook steps.</source>
            <translation>{0} tiada langkah playbook.</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="111" />
            <source>The Steps sheet needs at least the columns '{0}' and '{1}'.</source>
            <translation>Helaian Steps memerlukan sekurang-kurangnya lajur '{0}' dan '{1}'.</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="127" />
            <source>a step needs a playbook and a title</source>
            <translation>langkah memerlukan playbook dan tajuk</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="130" />
            <source>the due offset is {0} to {1} days</source>
            <translation>ofset tarikh akhir ialah {0} hingga {1} hari</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="137" />
            <source>Steps row {0}: {1}</source>
            <translation>Baris Steps {0}: {1}</translation>
        </message>
        <message>
            <location filename="tracker/excel/playbook_io.py" line="145" />
            <source>{0} holds no playbook steps that can be imported.</source>
            <translation>{0} tiada langkah playbook yang boleh diimport.</translation>
        </message>
        <message>
            <location filename="tracker/excel/preview.py" line="175" />
            <source>No column of sheet '{0}' is mapped to a field; map at least the name or id column.</source>
            <translation>Tiada lajur helaian '{0}' yang dipetakan kepada medan; petakan sekurang-kurangnya lajur nama atau id.</translation>
        </message>
        <message>
            <location filename="tracker/excel/preview.py" line="300" />
            <source>The columns of sheet '{0}' match nothing Onboarding Tracker imports (accounts, contacts, tasks, milestones or feedback).</source>
            <translation>Lajur helaian '{0}' tidak sepadan dengan apa-apa yang diimport oleh Onboarding Tracker (akaun, kenalan, tugasan, pencapaian atau maklum balas).</translation>
        </message>
        <message>
            <location filename="tracker/excel/preview.py" line="351" />
            <source>No sheet of {0} has columns Onboarding Tracker can import (accounts, contacts, tasks, milestones or feedback).</source>
            <translation>Tiada helaian dalam {0} yang mempunyai lajur yang boleh diimport oleh Onboarding Tracker (akaun, kenalan, tugasan, pencapaian atau maklum balas).</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="65" />
            <source>stage</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="66" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="67" />
            <source>task status</source>
            <translation>status tugasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="68" />
            <source>contact role</source>
            <translation>peranan kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="69" />
            <source>milestone kind</source>
            <translation>jenis pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="70" />
            <source>survey kind</source>
            <translation>jenis tinjauan</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="71" />
            <source>is TRUE/FALSE, not a number</source>
            <translation>ialah TRUE/FALSE, bukan nombor</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="72" />
            <source>'{0}' is not a whole number</source>
            <translation>'{0}' bukan nombor bulat</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="73" />
            <source>'{0}' is not a date</source>
            <translation>'{0}' bukan tarikh</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="74" />
            <source>unknown {0} '{1}'</source>
            <translation>{0} '{1}' tidak dikenali</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="130" />
            <source>'{0}' is 29 February 1900, a day that does not exist</source>
            <translation>'{0}' ialah 29 Februari 1900, tarikh yang tidak wujud</translation>
        </message>
        <message>
            <location filename="tracker/excel/values.py" line="182" />
            <source>is TRUE/FALSE, not a date</source>
            <translation>ialah TRUE/FALSE, bukan tarikh</translation>
        </message>
        <message>
            <location filename="tracker/excel/write_check.py" line="69" />
            <source>Row {0} of '{1}' cannot be written ({2}); nothing was changed. Preview the file again.</source>
            <translation>Baris {0} dalam '{1}' tidak dapat ditulis ({2}); tiada apa-apa yang diubah. Pratonton fail sekali lagi.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="29" />
            <source>{0} is open in another program; close it there and try again.</source>
            <translation>{0} sedang dibuka dalam program lain; tutupnya di sana dan cuba lagi.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="108" />
            <source>{0} is a folder; choose a file name.</source>
            <translation>{0} ialah folder; pilih nama fail.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="111" />
            <source>The folder {0} does not exist.</source>
            <translation>Folder {0} tidak wujud.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="122" />
            <source>Cannot write to {0}: permission denied.</source>
            <translation>Tidak dapat menulis ke {0}: kebenaran ditolak.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="126" />
            <source>The disk is full; {0} was not written.</source>
            <translation>Cakera penuh; {0} tidak ditulis.</translation>
        </message>
        <message>
            <location filename="tracker/excel/writer.py" line="128" />
            <source>Cannot write {0}: {1}.</source>
            <translation>Tidak dapat menulis {0}: {1}.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="tracker/field_specs.py" line="96" />
            <source>stage</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="97" />
            <source>name</source>
            <translation>nama</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="101" />
            <source>external id</source>
            <translation>id luaran</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="103" />
            <source>industry</source>
            <translation>industri</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="104" />
            <source>company size</source>
            <translation>saiz syarikat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="105" />
            <source>region</source>
            <translation>wilayah</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="106" />
            <source>plan</source>
            <translation>pelan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="107" />
            <source>MRR</source>
            <translation>MRR</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="108" />
            <source>technical proficiency</source>
            <translation>kecekapan teknikal</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="109" />
            <location filename="tracker/field_specs.py" line="140" />
            <source>owner</source>
            <translation>pemilik</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="110" />
            <location filename="tracker/field_specs.py" line="245" />
            <source>segment</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="111" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="113" />
            <source>signed date</source>
            <translation>tarikh ditandatangani</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="114" />
            <source>kickoff date</source>
            <translation>tarikh kickoff</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="115" />
            <source>target go-live date</source>
            <translation>tarikh sasaran pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="116" />
            <source>go-live date</source>
            <translation>tarikh pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="117" />
            <source>first value date</source>
            <translation>tarikh nilai pertama</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="118" />
            <source>churned date</source>
            <translation>tarikh churn</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="119" />
            <source>products</source>
            <translation>produk</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="120" />
            <location filename="tracker/field_specs.py" line="141" />
            <location filename="tracker/field_specs.py" line="209" />
            <source>notes</source>
            <translation>nota</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="123" />
            <location filename="tracker/field_specs.py" line="132" />
            <location filename="tracker/field_specs.py" line="144" />
            <location filename="tracker/field_specs.py" line="152" />
            <location filename="tracker/field_specs.py" line="161" />
            <location filename="tracker/field_specs.py" line="168" />
            <location filename="tracker/field_specs.py" line="212" />
            <location filename="tracker/field_specs.py" line="222" />
            <location filename="tracker/field_specs.py" line="234" />
            <location filename="tracker/field_specs.py" line="240" />
            <source>account</source>
            <translation>akaun</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="124" />
            <source>contact's name</source>
            <translation>nama kenalan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="125" />
            <source>e-mail</source>
            <translation>e-mel</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="126" />
            <source>role</source>
            <translation>peranan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="127" />
            <source>invited date</source>
            <translation>tarikh dijemput</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="128" />
            <source>activated date</source>
            <translation>tarikh diaktifkan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="129" />
            <source>last active date</source>
            <translation>tarikh aktif terakhir</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="133" />
            <location filename="tracker/field_specs.py" line="145" />
            <source>journey</source>
            <translation>perjalanan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="134" />
            <location filename="tracker/field_specs.py" line="185" />
            <location filename="tracker/field_specs.py" line="229" />
            <source>position</source>
            <translation>kedudukan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="135" />
            <source>task title</source>
            <translation>tajuk tugasan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="137" />
            <source>due date</source>
            <translation>tarikh akhir</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="138" />
            <source>task status</source>
            <translation>status tugasan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="139" />
            <source>done date</source>
            <translation>tarikh selesai</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="146" />
            <location filename="tracker/field_specs.py" line="191" />
            <source>milestone kind</source>
            <translation>jenis pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="147" />
            <source>milestone's name</source>
            <translation>nama pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="148" />
            <source>target date</source>
            <translation>tarikh sasaran</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="149" />
            <source>achieved date</source>
            <translation>tarikh dicapai</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="153" />
            <location filename="tracker/field_specs.py" line="162" />
            <location filename="tracker/field_specs.py" line="213" />
            <location filename="tracker/field_specs.py" line="235" />
            <source>contact</source>
            <translation>kenalan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="154" />
            <source>feedback kind</source>
            <translation>jenis maklum balas</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="156" />
            <source>score</source>
            <translation>skor</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="157" />
            <source>comment</source>
            <translation>ulasan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="158" />
            <source>feedback date</source>
            <translation>tarikh maklum balas</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="163" />
            <source>activity kind</source>
            <translation>jenis aktiviti</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="164" />
            <source>activity date</source>
            <translation>tarikh aktiviti</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="165" />
            <source>summary</source>
            <translation>ringkasan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="169" />
            <source>note's date</source>
            <translation>tarikh nota</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="170" />
            <source>note's text</source>
            <translation>teks nota</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="173" />
            <source>segment's name</source>
            <translation>nama segmen</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="174" />
            <source>rule</source>
            <translation>peraturan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="175" />
            <location filename="tracker/field_specs.py" line="181" />
            <source>description</source>
            <translation>keterangan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="176" />
            <location filename="tracker/field_specs.py" line="184" />
            <source>playbook</source>
            <translation>playbook</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="179" />
            <source>playbook's name</source>
            <translation>nama playbook</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="180" />
            <source>playbook kind</source>
            <translation>jenis playbook</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="186" />
            <source>step title</source>
            <translation>tajuk langkah</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="188" />
            <source>due offset in days</source>
            <translation>ofset tarikh akhir dalam hari</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="189" />
            <source>owner role</source>
            <translation>peranan pemilik</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="190" />
            <source>milestone flag</source>
            <translation>penanda pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="196" />
            <source>goal's name</source>
            <translation>nama matlamat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="197" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="198" />
            <source>direction</source>
            <translation>arah</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="199" />
            <source>target value</source>
            <translation>nilai sasaran</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="201" />
            <source>scope</source>
            <translation>skop</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="202" />
            <source>scope value</source>
            <translation>nilai skop</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="203" />
            <source>start date</source>
            <translation>tarikh mula</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="204" />
            <source>baseline</source>
            <translation>garis dasar</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="205" />
            <source>deadline</source>
            <translation>tarikh akhir matlamat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="206" />
            <location filename="tracker/field_specs.py" line="219" />
            <source>closed date</source>
            <translation>tarikh ditutup</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="207" />
            <source>outcome</source>
            <translation>hasil</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="208" />
            <source>final value</source>
            <translation>nilai akhir</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="214" />
            <source>case number</source>
            <translation>nombor kes</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="215" />
            <location filename="tracker/field_specs.py" line="253" />
            <source>subject</source>
            <translation>subjek</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="216" />
            <source>topic</source>
            <translation>topik</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="217" />
            <source>severity</source>
            <translation>tahap keterukan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="218" />
            <source>opened date</source>
            <translation>tarikh dibuka</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="223" />
            <source>trial kind</source>
            <translation>jenis percubaan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="224" />
            <source>trial start date</source>
            <translation>tarikh mula percubaan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="225" />
            <source>trial end date</source>
            <translation>tarikh tamat percubaan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="226" />
            <source>converted date</source>
            <translation>tarikh ditukar kepada berbayar</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="230" />
            <source>level's name</source>
            <translation>nama tahap</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="231" />
            <source>use cases</source>
            <translation>kes penggunaan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="236" />
            <source>maturity level</source>
            <translation>tahap kematangan</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="237" />
            <source>date reached</source>
            <translation>tarikh dicapai</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="241" />
            <location filename="tracker/field_specs.py" line="246" />
            <source>check-in cadence</source>
            <translation>kekerapan daftar masuk</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="242" />
            <location filename="tracker/field_specs.py" line="247" />
            <source>days between check-ins</source>
            <translation>hari antara daftar masuk</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="250" />
            <source>template purpose</source>
            <translation>tujuan templat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="251" />
            <source>language</source>
            <translation>bahasa</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="252" />
            <source>template's name</source>
            <translation>nama templat</translation>
        </message>
        <message>
            <location filename="tracker/field_specs.py" line="254" />
            <source>message text</source>
            <translation>teks mesej</translation>
        </message>
    </context>
    <context>
        <name>goals</name>
        <message>
            <location filename="tracker/kpi/words.py" line="131" />
            <source>On track</source>
            <translation>Di landasan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="132" />
            <source>Behind</source>
            <translation>Ketinggalan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="133" />
            <source>Achieved</source>
            <translation>Dicapai</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="134" />
            <source>Missed</source>
            <translation>Tidak tercapai</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="135" />
            <source>Met</source>
            <translation>Tercapai</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="136" />
            <source>No data</source>
            <translation>Tiada data</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="139" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="140" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="141" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="142" />
            <source>Cohort</source>
            <translation>Kohort</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="144" />
            <source>Forecast: a straight line fitted by least squares to the KPI's month-end values since the goal's start, read at the deadline; at least three month ends are needed.</source>
            <translation>Ramalan: garis lurus yang dipadankan dengan kaedah kuasa dua terkecil pada nilai akhir bulan KPI sejak matlamat bermula, dibaca pada tarikh akhir; sekurang-kurangnya tiga akhir bulan diperlukan.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="147" />
            <source>Not enough history</source>
            <translation>Sejarah tidak mencukupi</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="tracker/kpi/words.py" line="117" />
            <source>Checklist progress against plan</source>
            <translation>Kemajuan senarai semak berbanding rancangan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="118" />
            <source>Task on-time performance</source>
            <translation>Prestasi tepat masa tugasan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="119" />
            <source>Activation rate</source>
            <translation>Kadar pengaktifan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="120" />
            <source>Latest CSAT/NPS</source>
            <translation>CSAT/NPS terkini</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="121" />
            <source>Days since last activity</source>
            <translation>Hari sejak aktiviti terakhir</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="122" />
            <source>90-day first-value rule</source>
            <translation>Peraturan nilai pertama 90 hari</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="123" />
            <source>Open support cases against the segment's norm</source>
            <translation>Kes sokongan terbuka berbanding norma segmen</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="124" />
            <source>Support case volume against the segment's norm</source>
            <translation>Jumlah kes sokongan berbanding norma segmen</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="125" />
            <source>Trial conversion</source>
            <translation>Penukaran percubaan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="126" />
            <source>Check-in cadence kept</source>
            <translation>Kekerapan daftar masuk dipatuhi</translation>
        </message>
    </context>
    <context>
        <name>installers</name>
        <message>
            <location filename="ui/installers.py" line="32" />
            <source>Account</source>
            <translation>Butiran akaun</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="33" />
            <source>Playbooks</source>
            <translation>Playbook</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="45" />
            <source>Dashboard</source>
            <translation>Papan pemuka</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="46" />
            <source>Analytics</source>
            <translation>Analitik</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="53" />
            <source>Goals</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="104" />
            <source>Import support &amp;cases…</source>
            <translation>Import kes s&amp;okongan…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="111" />
            <source>Export &amp;playbooks…</source>
            <translation>Eksport &amp;playbook…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="112" />
            <source>Import p&amp;laybooks…</source>
            <translation>Import p&amp;laybook…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="142" />
            <source>Health score &amp;weights…</source>
            <translation>&amp;Pemberat skor kesihatan…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="143" />
            <source>Maturity &amp;ladder…</source>
            <translation>&amp;Tangga kematangan…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="146" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Keutamaan…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="185" />
            <source>Export &amp;calendar of this account…</source>
            <translation>Eksport &amp;kalendar akaun ini…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="186" />
            <source>Export calendar of &amp;all accounts…</source>
            <translation>Eksport kalendar &amp;semua akaun…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="187" />
            <source>Save customer p&amp;lan as workbook…</source>
            <translation>Simpan p&amp;elan pelanggan sebagai buku kerja…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="188" />
            <source>Save customer plan as P&amp;DF…</source>
            <translation>Simpan pelan pelanggan sebagai P&amp;DF…</translation>
        </message>
        <message>
            <location filename="ui/installers.py" line="202" />
            <source>Message &amp;templates…</source>
            <translation>&amp;Templat mesej…</translation>
        </message>
    </context>
    <context>
        <name>kpi</name>
        <message>
            <location filename="tracker/kpi/words.py" line="19" />
            <source>Activation rate</source>
            <translation>Kadar pengaktifan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="20" />
            <source>On-time go-live rate</source>
            <translation>Kadar pelancaran tepat masa</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="21" />
            <source>Overdue tasks</source>
            <translation>Tugasan lewat tempoh</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="22" />
            <source>Checklist progress</source>
            <translation>Kemajuan senarai semak</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="23" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="24" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="25" />
            <source>Feature adoption</source>
            <translation>Penggunaan ciri</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="26" />
            <source>Past 90 days without value</source>
            <translation>Melebihi 90 hari tanpa nilai</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="27" />
            <source>Average health</source>
            <translation>Purata skor kesihatan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="28" />
            <source>Retention rate</source>
            <translation>Kadar pengekalan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="29" />
            <source>Churn rate</source>
            <translation>Kadar churn</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="30" />
            <source>Gross revenue retention</source>
            <translation>Pengekalan hasil kasar</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="31" />
            <source>Net revenue retention</source>
            <translation>Pengekalan hasil bersih</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="32" />
            <source>Customer lifetime value (simple)</source>
            <translation>Nilai seumur hidup pelanggan (ringkas)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="33" />
            <source>Customer lifetime value (projected)</source>
            <translation>Nilai seumur hidup pelanggan (unjuran)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="34" />
            <source>Time to first value (median)</source>
            <translation>Masa untuk nilai pertama (median)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="35" />
            <source>Time to first value (p75)</source>
            <translation>Masa untuk nilai pertama (p75)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="36" />
            <source>Time to first value (p90)</source>
            <translation>Masa untuk nilai pertama (p90)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="37" />
            <source>Time to go-live (median)</source>
            <translation>Masa untuk pelancaran (median)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="38" />
            <source>Time to go-live (p75)</source>
            <translation>Masa untuk pelancaran (p75)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="39" />
            <source>Time to go-live (p90)</source>
            <translation>Masa untuk pelancaran (p90)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="40" />
            <source>Trial-to-paid conversion</source>
            <translation>Penukaran percubaan kepada berbayar</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="41" />
            <source>Time to convert (median)</source>
            <translation>Masa untuk bertukar (median)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="42" />
            <source>Open support cases</source>
            <translation>Kes sokongan terbuka</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="43" />
            <source>Support cases per account</source>
            <translation>Kes sokongan bagi setiap akaun</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="44" />
            <source>Advanced a maturity level</source>
            <translation>Naik satu tahap kematangan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="45" />
            <source>Time between levels (median)</source>
            <translation>Masa antara tahap (median)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="47" />
            <source>Drop-off in {0}</source>
            <translation>Drop-off pada peringkat {0}</translation>
        </message>
    </context>
    <context>
        <name>kpi detail</name>
        <message>
            <location filename="tracker/kpi/rates.py" line="35" />
            <source>{0} of {1} invited contacts activated</source>
            <translation>{0} daripada {1} kenalan yang dijemput telah diaktifkan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="36" />
            <source>{0} of {1} go-lives on or before target ({2} live without a target left out)</source>
            <translation>{0} daripada {1} pelancaran pada atau sebelum sasaran ({2} akaun beroperasi tanpa sasaran dikecualikan)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="38" />
            <source>{0} of {1} go-lives on or before target</source>
            <translation>{0} daripada {1} pelancaran pada atau sebelum sasaran</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="39" />
            <source>No data yet ({0} live without a target left out)</source>
            <translation>Belum ada data ({0} akaun beroperasi tanpa sasaran dikecualikan)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="40" />
            <source>{0:g} of {1:g} tasks due before today still open</source>
            <translation>{0:g} daripada {1:g} tugasan bertarikh akhir sebelum hari ini masih terbuka</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="41" />
            <source>{0:g} of {1:g} tasks done</source>
            <translation>{0:g} daripada {1:g} tugasan selesai</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="42" />
            <source>{0:g} of {1:g} responses were 4 or 5</source>
            <translation>{0:g} daripada {1:g} respons ialah 4 atau 5</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="43" />
            <source>No responses yet.</source>
            <translation>Belum ada respons.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="44" />
            <source>{0} promoters, {1} detractors, {2} responses</source>
            <translation>{0} promoter, {1} pengkritik, {2} respons</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="45" />
            <source>{0} of {1} feature slots adopted ({2} tracked features)</source>
            <translation>{0} daripada {1} slot ciri digunakan ({2} ciri dijejak)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="46" />
            <source>{0} of {1} accounts older than 90 days are flagged</source>
            <translation>{0} daripada {1} akaun yang melebihi 90 hari ditandakan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/rates.py" line="47" />
            <source>{0} green, {1} yellow, {2} red</source>
            <translation>{0} hijau, {1} kuning, {2} merah</translation>
        </message>
        <message>
            <location filename="tracker/kpi/report.py" line="162" />
            <source>No feature adoption recorded by then.</source>
            <translation>Tiada penggunaan ciri direkodkan setakat tarikh itu.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="86" />
            <source>{0} at start, {1} new, {2} at end, {3} lost in the last {4} days</source>
            <translation>{0} pada permulaan, {1} baharu, {2} pada akhir, {3} hilang dalam {4} hari lepas</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="140" />
            <source>start {0}, churned {1}, contraction {2}, expansion {3} over {4} days</source>
            <translation>permulaan {0}, churn {1}, penguncupan {2}, pengembangan {3} dalam tempoh {4} hari</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="149" />
            <source>too little churn to trust the projection</source>
            <translation>churn terlalu sedikit untuk mempercayai unjuran</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="150" />
            <source>the data do not pin the model down; a rough guess</source>
            <translation>data tidak cukup untuk menentukan model; anggaran kasar</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="151" />
            <source>churn looks the same at every tenure</source>
            <translation>churn kelihatan sama pada setiap tempoh langganan</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="182" />
            <source>average MRR {0}, {1} of {2} accounts lost, monthly churn {3:.2%}</source>
            <translation>purata MRR {0}, {1} daripada {2} akaun hilang, churn bulanan {3:.2%}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="185" />
            <source>No churn yet: lifetime value is unbounded.</source>
            <translation>Belum ada churn: nilai seumur hidup tidak terbatas.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/retention.py" line="190" />
            <source>{0}; {1}</source>
            <translation>{0}; {1}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/signals.py" line="37" />
            <source>{0} of {1} trials decided in the period converted</source>
            <translation>{0} daripada {1} percubaan yang diputuskan dalam tempoh ini telah bertukar</translation>
        </message>
        <message>
            <location filename="tracker/kpi/signals.py" line="38" />
            <source>{0} open cases across {1} accounts</source>
            <translation>{0} kes terbuka merentas {1} akaun</translation>
        </message>
        <message>
            <location filename="tracker/kpi/signals.py" line="39" />
            <source>{0} cases opened in the period, {1} accounts</source>
            <translation>{0} kes dibuka dalam tempoh ini, {1} akaun</translation>
        </message>
        <message>
            <location filename="tracker/kpi/signals.py" line="40" />
            <source>{0} of {1} accounts moved up a level in the period</source>
            <translation>{0} daripada {1} akaun naik satu tahap dalam tempoh ini</translation>
        </message>
        <message>
            <location filename="tracker/kpi/signals.py" line="41" />
            <source>median of {0} moves up a level</source>
            <translation>median daripada {0} kenaikan tahap</translation>
        </message>
        <message>
            <location filename="tracker/kpi/stages.py" line="66" />
            <source>{0} of {1} accounts</source>
            <translation>{0} daripada {1} akaun</translation>
        </message>
        <message>
            <location filename="tracker/kpi/survival.py" line="103" />
            <source>{0} reached, {1} still open, {2} lost before reaching it, of {3}</source>
            <translation>{0} mencapainya, {1} masih terbuka, {2} hilang sebelum mencapainya, daripada {3}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/survival.py" line="109" />
            <source>Not reached yet ({0} accounts still open); {1}</source>
            <translation>Belum dicapai ({0} akaun masih terbuka); {1}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/values.py" line="91" />
            <source>{0:g} of {1:g}</source>
            <translation>{0:g} daripada {1:g}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="200" />
            <source>No data yet.</source>
            <translation>Belum ada data.</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="201" />
            <source>No accounts.</source>
            <translation>Tiada akaun.</translation>
        </message>
    </context>
    <context>
        <name>kpi formula</name>
        <message>
            <location filename="tracker/kpi/words.py" line="49" />
            <source>days from signed to {0}, {1} of a Kaplan-Meier estimate; accounts not there yet are censored, churned ones censored at churn</source>
            <translation>hari dari tarikh tandatangan hingga {0}, {1} anggaran Kaplan-Meier; akaun yang belum mencapainya ditapis (censored), akaun churn ditapis pada tarikh churn</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="52" />
            <source>contacts activated / contacts invited x 100</source>
            <translation>kenalan diaktifkan / kenalan dijemput x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="53" />
            <source>accounts live on or before target / accounts live x 100</source>
            <translation>akaun beroperasi pada atau sebelum sasaran / akaun beroperasi x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="55" />
            <source>overdue open tasks / tasks due to date x 100 (lower is better; skipped tasks and churned accounts left out)</source>
            <translation>tugasan terbuka lewat tempoh / tugasan bertarikh akhir setakat ini x 100 (lebih rendah lebih baik; tugasan dilangkau dan akaun churn dikecualikan)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="58" />
            <source>done tasks / (all tasks - skipped) x 100, accounts not churned</source>
            <translation>tugasan selesai / (semua tugasan - dilangkau) x 100, akaun belum churn</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="60" />
            <source>responses of 4 or 5 / all responses x 100</source>
            <translation>respons 4 atau 5 / semua respons x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="61" />
            <source>% promoters (9-10) - % detractors (0-6), from -100 to +100</source>
            <translation>% promoter (9-10) - % pengkritik (0-6), dari -100 hingga +100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="62" />
            <source>adopted tracked features / (tracked features x accounts not churned) x 100</source>
            <translation>ciri dijejak yang digunakan / (ciri dijejak x akaun belum churn) x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="64" />
            <source>accounts past 90 days from signed without first value / accounts past 90 days x 100 (lower is better)</source>
            <translation>akaun melebihi 90 hari dari tarikh tandatangan tanpa nilai pertama / akaun melebihi 90 hari x 100 (lebih rendah lebih baik)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="67" />
            <source>mean health score (0-100) of accounts not churned; green &gt;= {0:g}, yellow &gt;= {1:g}, red &lt; {1:g}</source>
            <translation>min skor kesihatan (0-100) akaun belum churn; hijau &gt;= {0:g}, kuning &gt;= {1:g}, merah &lt; {1:g}</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="70" />
            <source>(accounts at end - new accounts in period) / accounts at start x 100</source>
            <translation>(akaun pada akhir - akaun baharu dalam tempoh) / akaun pada permulaan x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="72" />
            <source>accounts lost / accounts at start x 100</source>
            <translation>akaun hilang / akaun pada permulaan x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="73" />
            <source>(starting MRR - contraction - churned MRR) / starting MRR x 100</source>
            <translation>(MRR permulaan - penguncupan - MRR churn) / MRR permulaan x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="75" />
            <source>(starting MRR - contraction - churned MRR + expansion) / starting MRR x 100</source>
            <translation>(MRR permulaan - penguncupan - MRR churn + pengembangan) / MRR permulaan x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="77" />
            <source>average MRR x gross margin ({0:.0%}) / monthly churn rate (accounts lost / months of tenure observed)</source>
            <translation>purata MRR x margin kasar ({0:.0%}) / kadar churn bulanan (akaun hilang / bulan tempoh langganan yang diperhatikan)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="80" />
            <source>sum of gross margin ({0:.0%}) x average MRR x projected survival (shifted-beta-geometric fit) over {1} months, discounted {2:.0%} a year</source>
            <translation>jumlah margin kasar ({0:.0%}) x purata MRR x kemandirian unjuran (padanan shifted-beta-geometric) sepanjang {1} bulan, didiskaunkan {2:.0%} setahun</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="83" />
            <source>trials converted to paid / trials decided in the period (ended, or converted, in it) x 100</source>
            <translation>percubaan yang bertukar kepada berbayar / percubaan yang diputuskan dalam tempoh (tamat, atau bertukar, dalam tempoh itu) x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="86" />
            <source>days from trial start to paid, median of a Kaplan-Meier estimate; running trials are censored, ones that ended unconverted censored at their end date</source>
            <translation>hari dari permulaan percubaan hingga berbayar, median anggaran Kaplan-Meier; percubaan yang sedang berjalan ditapis (censored), percubaan yang tamat tanpa bertukar ditapis pada tarikh tamatnya</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="89" />
            <source>support cases opened and not closed, accounts not churned (lower is better)</source>
            <translation>kes sokongan yang dibuka dan belum ditutup, akaun belum churn (lebih rendah lebih baik)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="91" />
            <source>support cases opened in the period / accounts not churned (lower is better)</source>
            <translation>kes sokongan yang dibuka dalam tempoh / akaun belum churn (lebih rendah lebih baik)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="93" />
            <source>accounts that reached a higher maturity level in the period / accounts not churned x 100</source>
            <translation>akaun yang mencapai tahap kematangan lebih tinggi dalam tempoh / akaun belum churn x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="96" />
            <source>median days between an account's consecutive maturity levels (moves up observed so far)</source>
            <translation>median hari antara tahap kematangan berturut-turut bagi sesebuah akaun (kenaikan tahap yang diperhatikan setakat ini)</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="100" />
            <source>accounts that entered {0} and churned before {1} / accounts that entered {0} x 100</source>
            <translation>akaun yang memasuki {0} dan churn sebelum {1} / akaun yang memasuki {0} x 100</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="104" />
            <source>first value</source>
            <translation>nilai pertama</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="105" />
            <source>go-live</source>
            <translation>pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="106" />
            <source>median</source>
            <translation>median</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="107" />
            <source>p75</source>
            <translation>p75</translation>
        </message>
        <message>
            <location filename="tracker/kpi/words.py" line="108" />
            <source>p90</source>
            <translation>p90</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="tracker/labels.py" line="43" />
            <location filename="ui/models/labels.py" line="76" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="111" />
            <source>{0} d</source>
            <translation>{0} h</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="43" />
            <location filename="ui/models/labels.py" line="76" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="81" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="21" />
            <location filename="ui/models/labels.py" line="26" />
            <source>Onboarding</source>
            <translation>Onboarding</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="21" />
            <location filename="ui/models/labels.py" line="26" />
            <source>Live</source>
            <translation>Beroperasi</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="22" />
            <location filename="ui/models/labels.py" line="26" />
            <source>Paused</source>
            <translation>Dijeda</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="22" />
            <location filename="ui/models/labels.py" line="27" />
            <source>Churned</source>
            <translation>Churn</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="23" />
            <location filename="ui/models/labels.py" line="27" />
            <source>To do</source>
            <translation>Belum mula</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="23" />
            <location filename="ui/models/labels.py" line="27" />
            <source>In progress</source>
            <translation>Dalam proses</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="24" />
            <location filename="ui/models/labels.py" line="28" />
            <source>Done</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="24" />
            <location filename="ui/models/labels.py" line="28" />
            <source>Blocked</source>
            <translation>Tersekat</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="25" />
            <location filename="ui/models/labels.py" line="28" />
            <source>Skipped</source>
            <translation>Dilangkau</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="25" />
            <location filename="ui/models/labels.py" line="28" />
            <source>Open</source>
            <translation>Terbuka</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="28" />
            <location filename="ui/models/labels.py" line="35" />
            <source>Green</source>
            <translation>Hijau</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="28" />
            <location filename="ui/models/labels.py" line="35" />
            <source>Yellow</source>
            <translation>Kuning</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="29" />
            <location filename="ui/models/labels.py" line="35" />
            <source>Red</source>
            <translation>Merah</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="29" />
            <location filename="ui/models/labels.py" line="36" />
            <source>On track</source>
            <translation>Di landasan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="30" />
            <location filename="ui/models/labels.py" line="36" />
            <source>At risk</source>
            <translation>Berisiko</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="30" />
            <location filename="ui/models/labels.py" line="36" />
            <source>Off track</source>
            <translation>Tersasar</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="31" />
            <location filename="ui/models/labels.py" line="37" />
            <source>Not enough data yet</source>
            <translation>Belum cukup data</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="48" />
            <source>No health score yet: nothing is known about this account besides its signed date (no tasks, contacts, surveys or activity). It is not at risk because of its health.</source>
            <translation>Belum ada skor kesihatan: tiada apa-apa yang diketahui tentang akaun ini selain tarikh tandatangannya (tiada tugasan, kenalan, tinjauan atau aktiviti). Akaun ini tidak berisiko kerana skor kesihatannya.</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="56" />
            <source>Health {0:.0f} (Red)</source>
            <translation>Kesihatan {0:.0f} (Merah)</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="34" />
            <location filename="ui/models/labels.py" line="57" />
            <source>Health red</source>
            <translation>Kesihatan merah</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="35" />
            <location filename="ui/models/labels.py" line="59" />
            <source>Tasks off track (over 60 % overdue)</source>
            <translation>Tugasan tersasar (lebih 60 % lewat tempoh)</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="63" />
            <source>No first value after {0} days</source>
            <translation>Tiada nilai pertama selepas {0} hari</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="36" />
            <location filename="ui/models/labels.py" line="64" />
            <source>No first value after 90 days</source>
            <translation>Tiada nilai pertama selepas 90 hari</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="39" />
            <location filename="ui/models/labels.py" line="70" />
            <source>End user</source>
            <translation>Pengguna akhir</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="39" />
            <location filename="ui/models/labels.py" line="70" />
            <source>Admin</source>
            <translation>Pentadbir</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="40" />
            <location filename="ui/models/labels.py" line="70" />
            <source>Analyst</source>
            <translation>Penganalisis</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="40" />
            <location filename="ui/models/labels.py" line="71" />
            <source>Developer</source>
            <translation>Pembangun</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="41" />
            <location filename="ui/models/labels.py" line="71" />
            <source>Executive sponsor</source>
            <translation>Penaja eksekutif</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="81" />
            <source>Call</source>
            <translation>Panggilan</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="81" />
            <source>E-mail</source>
            <translation>E-mel</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="81" />
            <source>Meeting</source>
            <translation>Mesyuarat</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="82" />
            <source>Login seen</source>
            <translation>Log masuk dikesan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="45" />
            <location filename="ui/models/labels.py" line="88" />
            <source>Implementation</source>
            <translation>Pelaksanaan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="46" />
            <location filename="ui/models/labels.py" line="88" />
            <source>Provisioning</source>
            <translation>Penyediaan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="47" />
            <location filename="ui/models/labels.py" line="89" />
            <source>Training</source>
            <translation>Latihan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="48" />
            <location filename="ui/models/labels.py" line="89" />
            <source>Change management</source>
            <translation>Pengurusan perubahan</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="49" />
            <location filename="ui/models/labels.py" line="90" />
            <source>First value</source>
            <translation>Nilai pertama</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="50" />
            <location filename="ui/models/labels.py" line="90" />
            <source>Go-live</source>
            <translation>Pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="50" />
            <location filename="ui/models/labels.py" line="90" />
            <source>Custom</source>
            <translation>Tersuai</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="97" />
            <source>Initial onboarding</source>
            <translation>Onboarding awal</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="97" />
            <source>Product update (delta)</source>
            <translation>Kemas kini produk (delta)</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="98" />
            <source>New product</source>
            <translation>Produk baharu</translation>
        </message>
        <message>
            <location filename="ui/models/labels.py" line="98" />
            <source>New division</source>
            <translation>Bahagian baharu</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="53" />
            <location filename="tracker/kpi/words.py" line="111" />
            <location filename="ui/models/labels.py" line="104" />
            <source>Embark</source>
            <translation>Embark</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="53" />
            <location filename="tracker/kpi/words.py" line="111" />
            <location filename="ui/models/labels.py" line="104" />
            <source>Handoff</source>
            <translation>Handoff</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="54" />
            <location filename="tracker/kpi/words.py" line="112" />
            <location filename="ui/models/labels.py" line="104" />
            <source>Kickoff</source>
            <translation>Kickoff</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="54" />
            <location filename="tracker/kpi/words.py" line="112" />
            <location filename="ui/models/labels.py" line="105" />
            <source>Adopt</source>
            <translation>Adopt</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="55" />
            <location filename="tracker/kpi/words.py" line="113" />
            <location filename="ui/models/labels.py" line="105" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="tracker/labels.py" line="55" />
            <location filename="tracker/kpi/words.py" line="113" />
            <location filename="ui/models/labels.py" line="105" />
            <source>Expand</source>
            <translation>Expand</translation>
        </message>
    </context>
    <context>
        <name>maturity</name>
        <message>
            <location filename="ui/commands/maturity.py" line="20" />
            <source>Add maturity level “{0}”</source>
            <translation>Tambah tahap kematangan “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="43" />
            <source>Edit maturity level “{0}”</source>
            <translation>Sunting tahap kematangan “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="63" />
            <source>Move maturity level “{0}” up</source>
            <translation>Alih tahap kematangan “{0}” ke atas</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="64" />
            <source>Move maturity level “{0}” down</source>
            <translation>Alih tahap kematangan “{0}” ke bawah</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="80" />
            <source>Remove maturity level “{0}”</source>
            <translation>Buang tahap kematangan “{0}”</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="106" />
            <source>Tie playbook “{0}” to a maturity level</source>
            <translation>Kaitkan playbook “{0}” dengan tahap kematangan</translation>
        </message>
        <message>
            <location filename="ui/commands/maturity.py" line="108" />
            <source>Untie playbook “{0}” from its maturity level</source>
            <translation>Nyahkait playbook “{0}” daripada tahap kematangannya</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="tracker/messages.py" line="21" />
            <source>the account's name</source>
            <translation>nama akaun</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="22" />
            <source>the contact's name</source>
            <translation>nama kenalan</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="23" />
            <source>the next milestone not reached yet</source>
            <translation>peristiwa penting seterusnya yang belum dicapai</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="24" />
            <source>its target date</source>
            <translation>tarikh sasarannya</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="25" />
            <source>the open checklist items, one a line</source>
            <translation>perkara senarai semak yang terbuka, satu setiap baris</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="26" />
            <source>your name (the account's owner)</source>
            <translation>nama anda (pemilik akaun)</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="27" />
            <source>the milestone reached most recently</source>
            <translation>peristiwa penting yang terakhir dicapai</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="30" />
            <source>Welcome</source>
            <translation>Selamat datang</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="31" />
            <source>Kickoff invitation</source>
            <translation>Jemputan mesyuarat permulaan</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="32" />
            <source>Check-in</source>
            <translation>Daftar masuk</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="33" />
            <source>Milestone reached</source>
            <translation>Peristiwa penting dicapai</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="34" />
            <source>At-risk follow-up</source>
            <translation>Susulan akaun berisiko</translation>
        </message>
        <message>
            <location filename="tracker/messages.py" line="35" />
            <source>Other</source>
            <translation>Lain-lain</translation>
        </message>
        <message>
            <location filename="tracker/queries/messages.py" line="76" />
            <source>- {0} (by {1})</source>
            <translation>- {0} (sebelum {1})</translation>
        </message>
    </context>
    <context>
        <name>outreach</name>
        <message>
            <location filename="ui/outreach.py" line="53" />
            <source>Was it sent?</source>
            <translation>Sudah dihantar?</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="54" />
            <source>Your mail program has the draft “{0}”. Did you send it? If so, it is logged as an e-mail activity of this account.</source>
            <translation>Draf “{0}” telah dibuka dalam program e-mel anda. Adakah anda sudah menghantarnya? Jika ya, ia akan direkodkan sebagai aktiviti e-mel akaun ini.</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="82" />
            <source>No mail program</source>
            <translation>Tiada program e-mel</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="83" />
            <source>No mail program opened the draft. Set a default e-mail program in your system settings and try again.</source>
            <translation>Tiada program e-mel yang membuka draf. Tetapkan program e-mel lalai dalam tetapan sistem anda dan cuba lagi.</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="91" />
            <source>Log e-mail “{0}”</source>
            <translation>Rekod e-mel “{0}”</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="103" />
            <location filename="ui/outreach.py" line="113" />
            <source>Export calendar</source>
            <translation>Eksport kalendar</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="103" />
            <source>Calendar (*.ics)</source>
            <translation>Kalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="114" />
            <source>The calendar could not be written: {0}</source>
            <translation>Kalendar tidak dapat ditulis: {0}</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="116" />
            <source>Wrote {0} events to {1}.</source>
            <translation>{0} acara disimpan ke {1}.</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="125" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Buku kerja Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="125" />
            <source>PDF document (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="126" />
            <location filename="ui/outreach.py" line="142" />
            <source>Save the customer's plan</source>
            <translation>Simpan pelan pelanggan</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="143" />
            <source>The plan could not be written: {0}</source>
            <translation>Pelan tidak dapat ditulis: {0}</translation>
        </message>
        <message>
            <location filename="ui/outreach.py" line="145" />
            <source>Saved the plan of {0} to {1}.</source>
            <translation>Pelan {0} disimpan ke {1}.</translation>
        </message>
    </context>
    <context>
        <name>report</name>
        <message>
            <location filename="tracker/excel/report/__init__.py" line="47" />
            <source>segment</source>
            <translation>segmen</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/__init__.py" line="48" />
            <source>owner</source>
            <translation>pemilik</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/__init__.py" line="49" />
            <source>stage</source>
            <translation>peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/__init__.py" line="50" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/__init__.py" line="51" />
            <source>signed {0} to {1}</source>
            <translation>ditandatangani {0} hingga {1}</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="13" />
            <source>Onboarding report</source>
            <translation>Laporan onboarding</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="14" />
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="15" />
            <source>As of</source>
            <translation>Setakat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="16" />
            <location filename="tracker/excel/report/words.py" line="89" />
            <location filename="tracker/excel/report/words.py" line="147" />
            <location filename="tracker/excel/report/words.py" line="178" />
            <source>Accounts</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="17" />
            <source>all accounts</source>
            <translation>semua akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="19" />
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="19" />
            <source>of</source>
            <translation>daripada</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="20" />
            <source>No accounts match this filter on this day: there is nothing to report. Widen the filter or choose a later as-of date.</source>
            <translation>Tiada akaun yang sepadan dengan penapis ini pada hari ini: tiada apa-apa untuk dilaporkan. Luaskan penapis atau pilih tarikh setakat yang lebih lewat.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="26" />
            <source>How onboarding stands</source>
            <translation>Kedudukan onboarding</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="27" />
            <source>Onboarding now</source>
            <translation>Sedang onboarding</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="28" />
            <source>Went live in the last {0} days</source>
            <translation>Dilancarkan dalam {0} hari lepas</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="29" />
            <location filename="tracker/excel/report/words.py" line="93" />
            <source>At risk</source>
            <translation>Berisiko</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="30" />
            <location filename="tracker/excel/report/words.py" line="118" />
            <source>Overdue milestones</source>
            <translation>Pencapaian lewat tempoh</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="31" />
            <location filename="tracker/excel/report/words.py" line="92" />
            <source>Median time to first value</source>
            <translation>Median masa untuk nilai pertama</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="32" />
            <source>{0} days</source>
            <translation>{0} hari</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="33" />
            <source>not reached yet</source>
            <translation>belum dicapai</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="36" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="37" />
            <location filename="tracker/excel/report/words.py" line="51" />
            <source>Value</source>
            <translation>Nilai</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="38" />
            <source>Previous period</source>
            <translation>Tempoh sebelumnya</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="39" />
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="40" />
            <location filename="tracker/excel/report/words.py" line="123" />
            <source>Target</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="41" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="42" />
            <source>How it is computed</source>
            <translation>Cara pengiraan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="43" />
            <source>Detail</source>
            <translation>Butiran</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="46" />
            <source>Adoption</source>
            <translation>Penggunaan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="47" />
            <source>Speed</source>
            <translation>Kelajuan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="48" />
            <source>Quality</source>
            <translation>Kualiti</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="49" />
            <source>Satisfaction</source>
            <translation>Kepuasan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="50" />
            <source>Retention</source>
            <translation>Pengekalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="54" />
            <source>better</source>
            <translation>lebih baik</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="55" />
            <source>worse</source>
            <translation>lebih buruk</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="56" />
            <source>same</source>
            <translation>sama</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="57" />
            <source>no comparison</source>
            <translation>tiada perbandingan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="59" />
            <source>n/a</source>
            <translation>t/b</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="60" />
            <source>Previous period: the same KPIs as of {0}. Change: ▲ up, ▼ down, or the same; better or worse for the business. Target and Status fill in once goals are set.</source>
            <translation>Tempoh sebelumnya: KPI yang sama setakat {0}. Perubahan: ▲ naik, ▼ turun, atau sama; lebih baik atau lebih buruk bagi perniagaan. Sasaran dan Status diisi setelah matlamat ditetapkan.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="67" />
            <source>At-risk accounts</source>
            <translation>Akaun berisiko</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="68" />
            <source>Every account the app shows as at risk (Today and Accounts): health red, tasks off track (over 60 % of due tasks overdue) or no first value after 90 days. Most reasons first, then lowest health.</source>
            <translation>Setiap akaun yang ditunjukkan sebagai berisiko oleh aplikasi (Hari ini dan Akaun): kesihatan merah, tugasan tersasar (lebih 60 % tugasan yang perlu disiapkan lewat tempoh) atau tiada nilai pertama selepas 90 hari. Paling banyak sebab didahulukan, kemudian kesihatan terendah.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="75" />
            <location filename="tracker/excel/report/words.py" line="111" />
            <location filename="tracker/excel/report/words.py" line="120" />
            <source>Account</source>
            <translation>Akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="76" />
            <location filename="tracker/excel/report/words.py" line="96" />
            <location filename="tracker/excel/report/words.py" line="112" />
            <location filename="tracker/excel/report/words.py" line="121" />
            <source>Owner</source>
            <translation>Pemilik</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="77" />
            <location filename="tracker/excel/report/words.py" line="100" />
            <location filename="tracker/excel/report/words.py" line="113" />
            <location filename="tracker/excel/report/words.py" line="122" />
            <source>Stage</source>
            <translation>Peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="78" />
            <source>Health</source>
            <translation>Kesihatan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="79" />
            <source>Days since last activity</source>
            <translation>Hari sejak aktiviti terakhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="80" />
            <source>Next due</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="81" />
            <source>Reasons</source>
            <translation>Sebab</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="82" />
            <source>Next due item</source>
            <translation>Item seterusnya</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="84" />
            <source>No account is at risk.</source>
            <translation>Tiada akaun yang berisiko.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="86" />
            <source>Per owner</source>
            <translation>Mengikut pemilik</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="87" />
            <source>Per segment</source>
            <translation>Mengikut segmen</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="90" />
            <location filename="tracker/excel/report/words.py" line="133" />
            <source>On-time go-live</source>
            <translation>Pelancaran tepat masa</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="91" />
            <source>Go-lives judged</source>
            <translation>Pelancaran dinilai</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="94" />
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="96" />
            <source>Segment</source>
            <translation>Segmen</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="98" />
            <source>Where accounts are now</source>
            <translation>Kedudukan akaun sekarang</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="101" />
            <source>Accounts now</source>
            <translation>Akaun kini</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="102" />
            <source>Median days in stage</source>
            <translation>Median hari dalam peringkat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="104" />
            <source>Accounts not churned, by their current stage; median days of every stay in the stage so far (a stay still going counts up to the as-of date).</source>
            <translation>Akaun yang belum churn, mengikut peringkat semasa; median hari bagi setiap tempoh dalam peringkat itu setakat ini (tempoh yang masih berjalan dikira sehingga tarikh setakat).</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="109" />
            <source>Go-lives due in the next {0} days</source>
            <translation>Pelancaran yang perlu dalam {0} hari akan datang</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="114" />
            <source>Target go-live</source>
            <translation>Sasaran pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="115" />
            <source>Days left</source>
            <translation>Baki hari</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="117" />
            <source>No go-live is due in the next {0} days.</source>
            <translation>Tiada pelancaran yang perlu dalam {0} hari akan datang.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="124" />
            <source>Days late</source>
            <translation>Hari lewat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="125" />
            <source>Milestone</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="127" />
            <source>No milestone is overdue.</source>
            <translation>Tiada pencapaian yang lewat tempoh.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="128" />
            <source>Go-lives per month</source>
            <translation>Pelancaran setiap bulan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="130" />
            <source>Month</source>
            <translation>Bulan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="131" />
            <source>Go-lives</source>
            <translation>Pelancaran</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="132" />
            <source>On time</source>
            <translation>Tepat masa</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="134" />
            <source>CSAT responses</source>
            <translation>Respons CSAT</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="135" />
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="137" />
            <source>Accounts that went live in each month and the share on or before target; a month without go-lives has no rate (a gap in the chart, not 0 %).</source>
            <translation>Akaun yang dilancarkan setiap bulan dan bahagian yang dilancarkan pada atau sebelum sasaran; bulan tanpa pelancaran tiada kadar (jurang dalam carta, bukan 0 %).</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="143" />
            <source>Accounts per stage now</source>
            <translation>Akaun mengikut peringkat kini</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="144" />
            <source>On-time go-live rate per month (bars: go-lives)</source>
            <translation>Kadar pelancaran tepat masa setiap bulan (bar: pelancaran)</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="145" />
            <source>CSAT per month</source>
            <translation>CSAT setiap bulan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="146" />
            <source>Account health</source>
            <translation>Kesihatan akaun</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="147" />
            <source>Health band</source>
            <translation>Jalur kesihatan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="149" />
            <source>Red rows: at risk, as in the app (health red, tasks off track or no first value after 90 days). Orange rows: overdue tasks (never for churned accounts).</source>
            <translation>Baris merah: berisiko, seperti dalam aplikasi (kesihatan merah, tugasan tersasar atau tiada nilai pertama selepas 90 hari). Baris jingga: tugasan lewat tempoh (tidak sekali-kali bagi akaun churn).</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="155" />
            <source>Orange rows: open tasks past their due date (Days late); churned accounts' open tasks are abandoned, not late.</source>
            <translation>Baris jingga: tugasan terbuka yang melepasi tarikh akhir (Hari lewat); tugasan terbuka akaun churn dianggap ditinggalkan, bukan lewat.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="160" />
            <source>Orange rows: overdue milestones. Days late: past the target, or how late a milestone was achieved.</source>
            <translation>Baris jingga: pencapaian lewat tempoh. Hari lewat: melepasi sasaran, atau berapa lewat pencapaian dicapai.</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="164" />
            <source>Red rows: CSAT 1-2 or NPS detractors (0-6).</source>
            <translation>Baris merah: CSAT 1-2 atau pengkritik NPS (0-6).</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="165" />
            <source>Share of each signing-month cohort still retained after m months (green: high, red: low).</source>
            <translation>Bahagian setiap kohort bulan tandatangan yang masih dikekalkan selepas m bulan (hijau: tinggi, merah: rendah).</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="179" />
            <source>Checklist tasks</source>
            <translation>Tugasan senarai semak</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="180" />
            <source>Milestones</source>
            <translation>Pencapaian</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="181" />
            <source>Contacts</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="182" />
            <source>Feedback</source>
            <translation>Maklum balas</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="183" />
            <source>Cohort retention</source>
            <translation>Pengekalan kohort</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="184" />
            <source>Goals</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="185" />
            <source>Support cases</source>
            <translation>Kes sokongan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="186" />
            <source>Trials</source>
            <translation>Percubaan</translation>
        </message>
        <message>
            <location filename="tracker/excel/report/words.py" line="187" />
            <source>Maturity</source>
            <translation>Kematangan</translation>
        </message>
        <message numerus="yes">
            <location filename="tracker/excel/report/words.py" line="18" />
            <source>%Ln account(s) in scope</source>
            <translation>
                <numerusform>%Ln akaun dalam skop</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>signals</name>
        <message>
            <location filename="ui/models/signal_models.py" line="76" />
            <source>not enough history</source>
            <translation>sejarah tidak mencukupi</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="82" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="73" />
            <source>Progress</source>
            <translation>Kemajuan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="21" />
            <source>On track</source>
            <translation>Di landasan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="21" />
            <source>Behind</source>
            <translation>Ketinggalan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="21" />
            <source>Achieved</source>
            <translation>Dicapai</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="22" />
            <source>Missed</source>
            <translation>Tidak tercapai</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="22" />
            <source>Met</source>
            <translation>Tercapai</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="22" />
            <source>No data</source>
            <translation>Tiada data</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="28" />
            <source>Segment {0}</source>
            <translation>Segmen {0}</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="30" />
            <source>Owner {0}</source>
            <translation>Pemilik {0}</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="32" />
            <source>Cohort {0}</source>
            <translation>Kohort {0}</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="33" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="37" />
            <source>Low</source>
            <translation>Rendah</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="37" />
            <source>Normal</source>
            <translation>Biasa</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="37" />
            <source>High</source>
            <translation>Tinggi</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="38" />
            <source>Urgent</source>
            <translation>Segera</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="42" />
            <source>Trial</source>
            <translation>Percubaan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="42" />
            <source>Freemium</source>
            <translation>Freemium</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="62" />
            <source>Goal</source>
            <translation>Matlamat</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="63" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="64" />
            <source>Scope</source>
            <translation>Skop</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="66" />
            <source>Baseline</source>
            <translation>Garis dasar</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="69" />
            <source>Target</source>
            <translation>Sasaran</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="71" />
            <source>Now</source>
            <translation>Semasa</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="75" />
            <source>Forecast</source>
            <translation>Ramalan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="78" />
            <source>A least-squares straight line through the KPI's values at the start and at each month end since, read at the deadline (three values at least).</source>
            <translation>Garis lurus kuasa dua terkecil melalui nilai KPI pada tarikh mula dan pada setiap akhir bulan sejak itu, dibaca pada tarikh akhir (sekurang-kurangnya tiga nilai).</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="81" />
            <source>Deadline</source>
            <translation>Tarikh akhir</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="101" />
            <source>Opened</source>
            <translation>Dibuka</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="102" />
            <source>Closed</source>
            <translation>Ditutup</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="102" />
            <source>open</source>
            <translation>terbuka</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="104" />
            <source>Severity</source>
            <translation>Keterukan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="108" />
            <source>Topic</source>
            <translation>Topik</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="109" />
            <source>Subject</source>
            <translation>Subjek</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="110" />
            <source>Contact</source>
            <translation>Kenalan</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="111" />
            <source>Case no.</source>
            <translation>No. kes</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="120" />
            <source>Reached</source>
            <translation>Dicapai</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="121" />
            <source>Level</source>
            <translation>Tahap</translation>
        </message>
        <message>
            <location filename="ui/models/signal_models.py" line="122" />
            <source>Who</source>
            <translation>Siapa</translation>
        </message>
        <message>
            <location filename="ui/commands/signals.py" line="19" />
            <source>Start next maturity level</source>
            <translation>Mulakan tahap kematangan seterusnya</translation>
        </message>
    </context>
    <context>
        <name>storage</name>
        <message>
            <location filename="tracker/storage/backups.py" line="82" />
            <source>The backup {0} cannot be restored: {1}</source>
            <translation>Sandaran {0} tidak dapat dipulihkan: {1}</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="37" />
            <source>No database at {0}.</source>
            <translation>Tiada pangkalan data di {0}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="38" />
            <source>{0} is not an Onboarding Tracker database.</source>
            <translation>{0} bukan pangkalan data Onboarding Tracker.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="39" />
            <source>Cannot write the backup to {0}: {1}.</source>
            <translation>Tidak dapat menulis sandaran ke {0}: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="84" />
            <source>Cannot create the folder for {0}: {1}.</source>
            <translation>Tidak dapat mencipta folder untuk {0}: {1}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="88" />
            <source>{0} is a folder, not a database file.</source>
            <translation>{0} ialah folder, bukan fail pangkalan data.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="104" />
            <source>{0} was written by a newer version of Onboarding Tracker (schema {1}, this version reads up to {2}). Please update the application.</source>
            <translation>{0} ditulis oleh versi Onboarding Tracker yang lebih baharu (skema {1}, versi ini membaca sehingga {2}). Sila kemas kini aplikasi.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="118" />
            <source>{0} needs an upgrade (schema {1}).</source>
            <translation>{0} perlu dinaik taraf (skema {1}).</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="247" />
            <source>The backup gave up after {0:.0f} s: another program is writing to the database{1} and does not let go. Close it and try again.</source>
            <translation>Sandaran dihentikan selepas {0:.0f} s: program lain sedang menulis ke pangkalan data{1} dan tidak melepaskannya. Tutup program itu dan cuba lagi.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="287" />
            <source>Schema {0} is newer than this version ({1}).</source>
            <translation>Skema {0} lebih baharu daripada versi ini ({1}).</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="290" />
            <source>Schema {0} is older than {1}; opening upgrades it.</source>
            <translation>Skema {0} lebih lama daripada {1}; membukanya akan menaik tarafnya.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="294" />
            <source>Integrity: {0}</source>
            <translation>Integriti: {0}</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="296" />
            <source>Broken reference in {0} row {1} to {2}.</source>
            <translation>Rujukan rosak dalam {0} baris {1} kepada {2}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/db.py" line="299" />
            <source>Tables of Onboarding Tracker are missing.</source>
            <translation>Jadual Onboarding Tracker tiada.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="77" />
            <source>The database is on a read-only drive ({0}); copy it to a folder you can write to.</source>
            <translation>Pangkalan data berada pada pemacu baca sahaja ({0}); salin ke folder yang boleh anda tulis.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="81" />
            <source>The database file is read-only ({0}); make it writable or copy it to a folder you can write to.</source>
            <translation>Fail pangkalan data adalah baca sahaja ({0}); jadikannya boleh ditulis atau salin ke folder yang boleh anda tulis.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="87" />
            <source>The database's journal file {0} is read-only; make it writable or delete it.</source>
            <translation>Fail jurnal pangkalan data {0} adalah baca sahaja; jadikannya boleh ditulis atau padamkannya.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="92" />
            <source>The folder {0} is read-only, so the database {1} in it cannot be opened for changes; move it to a folder you can write to.</source>
            <translation>Folder {0} adalah baca sahaja, jadi pangkalan data {1} di dalamnya tidak dapat dibuka untuk perubahan; alihkannya ke folder yang boleh anda tulis.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="96" />
            <source>The folder {0} is read-only, so {1} cannot be created there; choose another folder.</source>
            <translation>Folder {0} adalah baca sahaja, jadi {1} tidak dapat dicipta di situ; pilih folder lain.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="105" />
            <source>{0} is damaged; restore from a backup: File &gt; Restore from backup.</source>
            <translation>{0} rosak; pulihkan daripada sandaran: Fail &gt; Pulihkan daripada sandaran.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="107" />
            <source>The database is damaged; restore from a backup: File &gt; Restore from backup.</source>
            <translation>Pangkalan data rosak; pulihkan daripada sandaran: Fail &gt; Pulihkan daripada sandaran.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="117" />
            <source>The database is busy: another program is writing to it{0}. Try again.</source>
            <translation>Pangkalan data sedang sibuk: program lain sedang menulis kepadanya{0}. Cuba lagi.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="127" />
            <source>The database file is read-only{0}.</source>
            <translation>Fail pangkalan data adalah baca sahaja{0}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="130" />
            <source>The disk is full; nothing was saved{0}.</source>
            <translation>Cakera penuh; tiada apa-apa yang disimpan{0}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="134" />
            <source>The file is not a valid Onboarding Tracker database or is damaged{0}.</source>
            <translation>Fail ini bukan pangkalan data Onboarding Tracker yang sah atau telah rosak{0}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="141" />
            <source>The database file cannot be opened{0}.</source>
            <translation>Fail pangkalan data tidak dapat dibuka{0}.</translation>
        </message>
        <message>
            <location filename="tracker/storage/errors.py" line="143" />
            <source>Database error{0}: {1}</source>
            <translation>Ralat pangkalan data{0}: {1}</translation>
        </message>
        <message>
            <location filename="tracker/storage/instance_lock.py" line="24" />
            <source>another process</source>
            <translation>proses lain</translation>
        </message>
        <message>
            <location filename="tracker/storage/instance_lock.py" line="109" />
            <source>The database is already open in another Onboarding Tracker window (process {0}). Close it there first, or open another file.</source>
            <translation>Pangkalan data sudah dibuka dalam tetingkap Onboarding Tracker yang lain (proses {0}). Tutupnya di sana dahulu, atau buka fail lain.</translation>
        </message>
        <message>
            <location filename="tracker/storage/migrate.py" line="92" />
            <source>Upgrading {0} to schema {1} failed</source>
            <translation>Naik taraf {0} kepada skema {1} gagal</translation>
        </message>
        <message>
            <location filename="tracker/storage/migrate.py" line="104" />
            <source>{0}: it would leave {1}. The file was left as it was.</source>
            <translation>{0}: ia akan meninggalkan {1}. Fail dibiarkan seperti asal.</translation>
        </message>
        <message>
            <location filename="tracker/storage/migrate.py" line="115" />
            <source>{0}: {1}. The file was left as it was.</source>
            <translation>{0}: {1}. Fail dibiarkan seperti asal.</translation>
        </message>
        <message>
            <location filename="tracker/storage/sqlite_support.py" line="19" />
            <source>Onboarding Tracker needs SQLite {0} or newer, but this Python uses SQLite {1}. Please install a newer Python or SQLite.</source>
            <translation>Onboarding Tracker memerlukan SQLite {0} atau lebih baharu, tetapi Python ini menggunakan SQLite {1}. Sila pasang Python atau SQLite yang lebih baharu.</translation>
        </message>
        <message>
            <location filename="tracker/storage/sqlite_support.py" line="22" />
            <source>The SQLite library this Python uses ({0}) was built without {1}, which Onboarding Tracker needs. Please install a Python with a full SQLite build.</source>
            <translation>Pustaka SQLite yang digunakan oleh Python ini ({0}) dibina tanpa {1}, yang diperlukan oleh Onboarding Tracker. Sila pasang Python dengan binaan SQLite yang lengkap.</translation>
        </message>
    </context>
</TS>
