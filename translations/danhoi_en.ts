<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminCommands</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --agency NAME and --admin USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 in %2 with the administrator %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department add needs --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the department %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category add needs --days N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a whole number of working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the category %1 (%2 working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs --role ROLE[,ROLE…] (admin, coordinator, clerk, supervisor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role in &quot;%1&quot;; the roles are admin, coordinator, clerk and supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--active takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 now has %2 working days (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire / reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asker shown publicly as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default ans&amp;wer period (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k an idle desk after (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>Only an administrator may change the installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department code has 1 to 20 letters A–Z, digits, &apos;-&apos; or &apos;_&apos; (e.g. SVHTTDL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 63 lower-case letters a–z, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, without accents (e.g. nguyenvana).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default answer period must be between 1 and 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department code %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer period must be between 1 and 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 is retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk or supervisor needs a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator or the department&apos;s supervisor may see its staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk lock must come after 1 to 480 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 is retired; choose the department that took over its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category was removed meanwhile; reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the category %2 at %3 while you were editing it, so your change was not saved. The list now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the category %1 while you were editing it, so your change was not saved. The list now shows their change; make yours again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerEditorDialog</name>
    <message>
        <source>Answer editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Review the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last returned revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment for the author (required to return):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to a clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Event %1 is missing or out of order (found %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not follow the event before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at event %1 but %2 events were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditNote</name>
    <message>
        <source>revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>There is no question with id %1 that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and coordinators may read the whole audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and coordinators may verify the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many wrong passwords; try again in %n minute(s).</source>
        <translation>
            <numerusform>The account %1 is locked after too many wrong passwords; try again in %n minute.</numerusform>
            <numerusform>The account %1 is locked after too many wrong passwords; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: wrong user name or password, or the account is disabled or locked on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in to the server but is not a DanHoi user of this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the previous bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file name %1 leaves the bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; choose another --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the old bundle %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the new bundle online at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 to disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarAdminWidget</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off (Labor Code and this year&apos;s changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes announced for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name or note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message>
        <source>%1 must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD and --working-days N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date between 2000 and 2199.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar set needs either --off NAME or --working NOTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a day off: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed what was set for %1; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>Only an administrator may change the holidays and working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a date between 2000 and 2199 as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was set for %1; its holidays come from the Labor Code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Someone else changed this department; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this category; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer period (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offered for new questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new period applies to questions routed from now on; due dates already set stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>This command needs --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1; the old file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password in the environment variable %1 (no terminal to ask on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large for a question or an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared server, run dev generate as the database owner: its location&apos;s user, without --user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Set up a new database: the agency and its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category with its answer period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (password from DANHOI_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a password (new password from DANHOI_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List questions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a question with its answers and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a question on a clerk&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route a question to a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new revision of the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the answer for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the submitted answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the answer for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the coordinator to route the question elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a published answer offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check integrity and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the schema (after a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. See danhoi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1. See danhoi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. See danhoi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See danhoi-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; has no option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; for the command &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who acts; the password comes from env DANHOI_PASSWORD or a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is a numeric id or a reference such as HD-2025-000123. Put -- before an argument that starts with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses: received, assigned, drafting, pending_approval, approved, published, rejected, transfer_requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 other error, 2 invalid input or usage, 3 not permitted, 4 not found, 5 conflict, 6 authentication failed, 7 verification failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the public holidays and days in lieu of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date N working days after a date (YYYY-MM-DD), with the days skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the days set on top of the Labor Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a day as an extra day off (--off NAME) or a working day (--working NOTE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what was set for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions: words, &quot;a phrase&quot;, -excluded, prefix* (--rebuild, --check: the index, admins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions most like a question, answered ones first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the questions you may see as CSV, XLSX or JSON (dates: received from/to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply letter to the asker as ODT or PDF (signer title lines separated by |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest departments for a question or for --text, with the words behind each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with realistic synthetic questions (for trials and benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import portal submissions (CSV, JSON, JSON Lines): all records or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish approved answers and write the portal bundle (push token from DANHOI_PORTAL_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a question as the public will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hide a text of a question from the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a text public that the automatic redaction would hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a manual choice (--kind hide, the default, or keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the publishing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a publishing setting: agency.portal_base_url, publish.asker_line, redaction.allowlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: danhoi-cli [--db LOCATION] [--user NAME] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database file or postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir] (or env DANHOI_DB; default: the desktop app&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a single-desk SQLite file onto a new PostgreSQL database (its owner; users become login roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a category: --name NEW, --department CODE (- for none), --days N, --active yes|no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new, empty PostgreSQL database as its owner: schema, roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Where DanHoi keeps its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;this computer only (a database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the office&apos;s &amp;shared server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the office&apos;s shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. danhoi.ubnd.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT officer gives you the server, port and database. You sign in with your own DanHoi user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver of Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local default socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the login of %2: wrong user name or password, or this account may not log in (server said: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database %1 on the PostgreSQL server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1: check its address and port, that it is running and accepts connections from here (server said: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk changed the same data at the same moment; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The audit chain of %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes the SQLite file of the single-desk installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes the new PostgreSQL database, postgresql://OWNER@HOST/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy holds %1 audit events but the file %2; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a DanHoi database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 has schema version %2 but this DanHoi copies only version %3. db copy never changes the file it copies: upgrade it first with &quot;danhoi-cli --db %1 db upgrade&quot; (a backup is kept beside it), then copy it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database file name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of database location &quot;%1://&quot;: give an SQLite file or postgresql://[USER@]HOST[:PORT]/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL location is not valid: %1 (expected postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir&amp;sslmode=…]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;#&quot; fragment has no meaning here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name has a broken %-escape or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name cannot contain &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password does not belong in the location; DanHoi asks for it or reads DANHOI_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name before &quot;@&quot; is empty, has a broken %-escape or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address in brackets is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port after &quot;:&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every option after &quot;?&quot; is written key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 has an empty value, a broken %-escape or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the server either before the database name or as ?host=, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?host= takes the folder of the server&apos;s Unix socket, an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535, given once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 cannot contain &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>There is no DanHoi database at %1. Create it with &quot;danhoi-cli init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds DanHoi data (schema version %2); use &quot;db upgrade&quot; to bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUpgradeDialog</name>
    <message>
        <source>Upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a large database this takes several minutes. Please keep DanHoi open and do not switch the computer off; the desk opens by itself when the upgrade is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLauncher</name>
    <message>
        <source>DanHoi cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevCommands</name>
    <message>
        <source>dev generate needs --count N (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 questions, %2 revisions and %3 audit events in %4 s. Synthetic staff (cv.CODE, ld.CODE, dieuphoi.demo) log in with the password %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>--%1 must be a date like 2025-03-04 or 04/03/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 question(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be odt or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the letter for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per question you may see, with its dates, department, status, working days taken, the question and the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received f&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received to (date)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Give the file to write the export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWriters</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardedWrites</name>
    <message>
        <source>This PostgreSQL database has no DanHoi security layer; its owner must run &quot;danhoi-cli db provision&quot; (a new database) or &quot;db upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions sent from the portal as CSV, JSON or JSON Lines. The file is checked first; it is imported only when every record is valid, and questions already recorded are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First records of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Only a coordinator may import questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel (portal, email, letter, phone, walk_in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use ISO 8601, e.g. 2025-03-04T09:30:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the external id %1 of line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Record a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asker (never published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune / ward, district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-digit citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;another after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar questions already recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Only a coordinator or the staff of the answering department may issue the letter for question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no approved answer yet; a letter can be issued once it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write the letter to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to DanHoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change where the data is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DanHoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a question received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the question to a department with a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject as spam, out of scope or a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a &amp;clerk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the question on a named clerk&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the answer editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the latest draft to the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the draft or return it with a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the coordinator to send the question to another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the answer off the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the lists and counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list by reference or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, departments, categories and agency settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window until the password is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / save &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the official reply letter to the citizen as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of questions to CSV, Excel or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review what the public sees of the approved answer and publish it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record questions sent from the portal as a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the portal bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every published answer to the portal folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learn department suggestions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the routing suggestions from every question routed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every question and answer you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <source>The audit log has been tampered with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain of %1 events is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1, the latest this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote and verified the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db copy needs --from SQLITE_FILE and --to postgresql://OWNER@HOST/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain of %1 events verifies on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user is now a login role. One-time passwords to hand out (ask each user to choose their own with user password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database was not provisioned, so the users were copied without login roles and keep their DanHoi passwords; for login roles, copy into a new database made with db provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db provision sets up a PostgreSQL database (--db postgresql://OWNER@HOST/DBNAME); an SQLite file is set up by init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is ready (schema version %1, roles and permissions in place). Next: danhoi-cli init as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check after the upgrade failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2. For a full check of every index and of the search index, run &quot;danhoi-cli db check&quot; (on a large database it takes a while).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions on the server were upgraded from layer %1 to %2; every desk can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Schema version %1, but this program needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may make backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write the backup to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written but does not pass the check: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The file %1 is not a DanHoi database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer DanHoi (schema version %2; this program knows up to %3). Install the newer program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was not upgraded because the backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer DanHoi (schema version %1; this program knows up to %2). Install the newer program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program needs %2. Ask the administrator to run &quot;danhoi-cli db upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of a PostgreSQL database are made with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables but no DanHoi schema; use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtLetterWriter</name>
    <message>
        <source>Cannot write the letter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfLetterWriter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt; run with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the letter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the letter %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgRows</name>
    <message>
        <source>This statement runs on a PostgreSQL connection only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalBundle</name>
    <message>
        <source>The template %1 is not valid Mustache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 could not be rendered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal base URL &quot;%1&quot; is not an http(s) address; set agency.portal_base_url in the agency settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was told of %1 items and given more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s items came out of order (%1 after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was told of %1 items and given %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalPushClient</name>
    <message>
        <source>The push URL %1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push URL must use https (the token must not travel in clear text): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresSecurity</name>
    <message>
        <source>The login role %1 would be longer than PostgreSQL&apos;s 63 characters; choose a shorter user name or database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password can be prepared only on a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL could not prepare the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not say which database this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encoded as %2; DanHoi needs UTF8 (CREATE DATABASE … ENCODING &apos;UTF8&apos; TEMPLATE template0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name %1 is too long for its role names; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL security scripts are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 would share its role names (%2…) with the database %3 on this server, so their users and rights would mix. Create the database under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions on this PostgreSQL server are older than this program needs (layer %1, needs %2). Ask the database owner to run &quot;danhoi-cli db upgrade&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tết (Lunar New Year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hùng Kings&apos; Commemoration Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reunification Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off in lieu (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishCommands</name>
    <message>
        <source>%1 as the public will see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 records would be imported, %3 are already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 records; %3 were already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the file.</numerusform>
            <numerusform>Nothing was imported: %n problems in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n question(s) now; the bundle in %1 holds %2 item(s).</source>
        <translation>
            <numerusform>Published %n question now; the bundle in %1 holds %2 item(s).</numerusform>
            <numerusform>Published %n questions now; the bundle in %1 holds %2 item(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Push %1: %2 after %3 attempt(s) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written but some items did not reach the portal; they are retried on the next publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is hide or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original (not published):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this text public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;choices (kept with the question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal bundle &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the public &amp;sees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fold&amp;er…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishService</name>
    <message>
        <source>Only a coordinator may publish answers or change what the public sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder of the bundle with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the portal base URL first (danhoi-cli setting set agency.portal_base_url https://…): the feed&apos;s links and ids live under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer published in this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to hide or keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no manual &quot;%2&quot; choice for &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the agency settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting %1; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asker line is one of full_name, initials, anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal base URL must be an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published question could not be read while the bundle was written; publish again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCommands</name>
    <message>
        <source>Give either --%1 or --%2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text with --%1 or --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question add needs --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use portal, email, letter, phone or walk_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received must be an ISO 8601 time such as 2025-03-04T09:30 or 2025-03-04T09:30:00+07:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 by %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign needs --clerk USERNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now on the desk of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route needs --department CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return needs --comment TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDetailWidget</name>
    <message>
        <source>Select a question in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asker (staff only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quest&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionImport</name>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; at most %3 MB can be imported at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (line %1 contains a NUL byte); import CSV, JSON or JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 KB; the file is damaged or not an import file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text; save the file as UTF-8 and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 records; at most %2 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not a list, an object or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at column %2); the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not valid (%1); the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has text after a closing quote; put the whole value in quotes and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value that starts on this line never ends; the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row has no column %1; the first row must name the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 values but the header names %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListWidget</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reference or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reference or title (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all text (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>Someone else changed question %1 in the meantime; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionService</name>
    <message>
        <source>There is no question %1 that you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asker&apos;s locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 is not valid: use digits, spaces, dots or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 12 digits (citizen ID) or 9 digits (old ID card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator may record questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question with the external id %1 is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active clerk of the department %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <source>To route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting my approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved – to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. HD-2025-000123</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDiff</name>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDiffDialog</name>
    <message>
        <source>Compare revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between the revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Route a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from questions routed before:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>Your account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the department suggestions was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rebuilt the search index of %n question(s).</source>
        <translation>
            <numerusform>Rebuilt the search index of %n question.</numerusform>
            <numerusform>Rebuilt the search index of %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search index matches all %n question(s).</source>
        <translation>
            <numerusform>The search index matches the %n question.</numerusform>
            <numerusform>The search index matches all %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>search --rebuild and --check take no query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY (put -- before a query that starts with -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) among the newest %1 matches; more match. Add words or filters to find older questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index is damaged (%1); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and more; run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds row %1 that belongs to no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index lacks the published version of question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index lacks question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds an outdated published version of question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds an outdated version of question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index still holds an unpublished answer of question %1 as public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search expression cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged (its row count cannot be read); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search cannot reach the SQLite file&apos;s own interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index did not give the occurrences of the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged (a row&apos;s size cannot be read); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index did not weigh every term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScope</name>
    <message numerus="yes">
        <source>The search&apos;s visibility table disagrees with %n question(s) (department or publication); run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search&apos;s visibility table holds %n row(s) of no question; run &quot;danhoi-cli search --rebuild&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Only an administrator may check or rebuild the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must lie between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up DanHoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Name the agency, create the first administrator and check the list of departments; everything can be changed later in the administration screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Văn phòng UBND tỉnh Nghệ An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments (Sở/ngành)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarQuestionsWidget</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as d&amp;uplicate of this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse this ans&amp;wer as a draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestCommands</name>
    <message>
        <source>suggest needs either a question ID or --text &quot;…&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion: nothing routed so far resembles this text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>Only an administrator may generate synthetic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be between 0 and 10,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared server, run dev generate as the database owner (its location&apos;s user, without --user): desk users may not write generated data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableCopier</name>
    <message>
        <source>The target database already holds data (table %1); copy only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target database already has an audit trail; copy only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is missing on one side of the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not allow the action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff of the question&apos;s department may take the action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not possible while the question is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this revision, so another supervisor must approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question has not been routed to a department yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected question cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a coordinator or a supervisor of the question&apos;s department may assign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 was changed by someone else in the meantime; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the department to route the question to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no department with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department %1 is retired; choose the department that took over its work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question cannot duplicate itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new revision of the answer before submitting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision of question %1 is awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no approved answer to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 is no longer offered; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message numerus="yes">
        <source>%n working day(s) from %1, due %2</source>
        <translation>
            <numerusform>%n working day from %1, due %2</numerusform>
            <numerusform>%n working days from %1, due %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, skipping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExportWriter</name>
    <message>
        <source>Cannot write the spreadsheet %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet holds at most %1 rows; narrow the export with filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::AdminDialog</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer period (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account %1? The user can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no – disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no – retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (e.g. SVHTTDL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of %1 (its questions stay with it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire %1? Its questions keep it, but nothing new can be routed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name and locality (the portal&apos;s usual form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials and locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::AnswerEditorDialog</name>
    <message>
        <source>Answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored text you typed on %1 but did not save as a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer at %1 – not yet a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from a published answer: adapt it to this question before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Last change: %2 by %3 at %4. Your text is kept here and in the draft journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::ApprovalDialog</name>
    <message>
        <source>Comment for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – revision %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first submission: no revision was returned before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Write a comment saying what the author should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 was returned with this comment (removed text is struck through, added text underlined):
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::AssignDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The department has no active clerk yet; an administrator adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::CalendarAdminWidget</name>
    <message>
        <source>Extra day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day (a weekend day worked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nghỉ bù Tết, or Làm bù cho ngày 02/05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::CategoryDialog</name>
    <message>
        <source>Edit category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::ConnectionDialog</name>
    <message>
        <source>Use it when the server offers it (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, and check the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DanHoi databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a server address: choose the shared server instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::DatabaseUpgradeDialog</name>
    <message>
        <source>This database was made by an older version of DanHoi (schema version %1); this version needs schema version %2. DanHoi first keeps a copy of the file as it is, then upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema version %1 to %2. The file as it was before is kept as:
%3
It is no longer needed once you have checked that your questions are all there; delete it then to free the space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (Excel, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting questions… %n row(s) written</source>
        <translation>
            <numerusform>Exporting questions… %n row written</numerusform>
            <numerusform>Exporting questions… %n rows written</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to %1.</source>
        <translation>
            <numerusform>%n question written to %1.</numerusform>
            <numerusform>%n questions written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::ImportDialog</name>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal submissions (*.csv *.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) in %2, with %3 problem(s). Nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%1: %n record in %2, with %3 problem(s). Nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%1: %n records in %2, with %3 problem(s). Nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) in %2.</source>
        <translation>
            <numerusform>%1: %n record in %2.</numerusform>
            <numerusform>%1: %n records in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be imported.</source>
        <translation>
            <numerusform>%n question will be imported.</numerusform>
            <numerusform>%n questions will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded, skipped.</source>
        <translation>
            <numerusform>%n already recorded, skipped.</numerusform>
            <numerusform>%n already recorded, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems now (it may have changed since it was checked); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>%n question imported.</numerusform>
            <numerusform>%n questions imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::IntakeDialog</name>
    <message>
        <source>(decide when routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1. Enter the next question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::LiveRefresh</name>
    <message>
        <source>The connection to the server was lost; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again; the lists were reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DanHoi is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::MainWindow</name>
    <message>
        <source>DanHoi – %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the latest draft of %1 for approval?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should %1 go to another department? The coordinator reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpublish the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why should the answer to %1 come off the portal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The question is no longer in this queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DanHoi is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit DanHoi? Unsaved answers are kept in the draft journal and offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an answer to %1 that was not saved (last typed %2). Open it in the answer editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reply letter to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter saved to %1; print it from your PDF or document viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus, queues, lists and details are now in the new language; windows that are already open change when they are opened again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::NewUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::PublishDialog</name>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asker&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1

Question:
%2

Answer:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to hide, or select it in the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep public: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text to hide, or select it in the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hidden text that may stay public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the choice to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the portal bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the portal bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is published. The portal bundle in %2 holds %n item(s).</source>
        <translation>
            <numerusform>%1 is published. The portal bundle in %2 holds %n item.</numerusform>
            <numerusform>%1 is published. The portal bundle in %2 holds %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is published. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was hidden automatically: no phone number, e-mail address, street address or citizen ID was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choices yet. To hide more, select the text in the original (or type it below) and press “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::PublishRun</name>
    <message>
        <source>Writing the portal bundle was cancelled; the folder keeps the previous bundle. Tools → Write the portal bundle writes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal bundle was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing and writing the portal bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the portal bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The portal bundle in %1 holds %n item(s).</source>
        <translation>
            <numerusform>The portal bundle in %1 holds %n item.</numerusform>
            <numerusform>The portal bundle in %1 holds %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionDetailWidget</name>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on a clerk&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a question in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not routed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – overdue by %n working day(s)</source>
        <translation>
            <numerusform>%1 – overdue by %n working day</numerusform>
            <numerusform>%1 – overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %n working day(s) left</source>
        <translation>
            <numerusform>%1 – %n working day left</numerusform>
            <numerusform>%1 – %n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 (duplicate of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Answer (%n revision(s))</source>
        <translation>
            <numerusform>&amp;Answer (%n revision)</numerusform>
            <numerusform>&amp;Answer (%n revisions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Si&amp;milar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionListWidget</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s); add words to narrow the search.</source>
        <translation>
            <numerusform>The best %n result; add words to narrow the search.</numerusform>
            <numerusform>The best %n results; add words to narrow the search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), best first, within the status and department filters.</source>
        <translation>
            <numerusform>%n result within the status and department filters.</numerusform>
            <numerusform>%n results, best first, within the status and department filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches titles, questions, answers and localities, with or without accents: words, &quot;a phrase&quot;, -without a word, prefix*. The status and department filters apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n result(s) among the newest %1 matches; more match. Add words or filters to find older questions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>danhoi::QuestionTableModel</name>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) – due soon</source>
        <translation>
            <numerusform>%n day – due soon</numerusform>
            <numerusform>%n days – due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asker&apos;s locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No due date: the question has not been routed, or it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s): the answer was due on %1.</source>
        <translation>
            <numerusform>Overdue by %n working day: the answer was due on %1.</numerusform>
            <numerusform>Overdue by %n working days: the answer was due on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left until the due date %1.</source>
        <translation>
            <numerusform>%n working day left until the due date %1.</numerusform>
            <numerusform>%n working days left until the due date %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working days left until the due date (weekends and public holidays not counted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::QueueListWidget</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::RejectDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of the agency&apos;s scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the question is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference of the original question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::RevisionDiffDialog</name>
    <message>
        <source>From revision %1 (%2) to revision %3 (%4). Removed text is struck through, added text is underlined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::RoutingDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none – agency default period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s))</source>
        <translation>
            <numerusform>%1 (%n working day)</numerusform>
            <numerusform>%1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a department from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from the questions routed before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from questions routed before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (words in common: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::SearchResultModel</name>
    <message>
        <source>%1 – answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the words were found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::SetupDialog</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the department %2 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the code %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the agency&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::SimilarQuestionsWidget</name>
    <message>
        <source>Similar questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer of the chosen similar question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar questions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar question found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most similar questions, answered ones first. Choose one to read its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>danhoi::SuggestionLearner</name>
    <message>
        <source>Department suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the department suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning was cancelled; the suggestions stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The suggestions learned from %n routed question(s).</source>
        <translation>
            <numerusform>The suggestions learned from %n routed question.</numerusform>
            <numerusform>The suggestions learned from %n routed questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DanHoi – citizens ask, the agencies answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: env DANHOI_DB, else the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the milliseconds until the main window is painted, then quit (with DANHOI_USER and DANHOI_PASSWORD: no login dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --report-startup: scroll the &quot;All&quot; queue from top to bottom, print the peak memory, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
