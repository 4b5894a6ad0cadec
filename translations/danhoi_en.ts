<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>retired: %1</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password. The account %1 is now locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Someone else changed this department; reload and try again.</source>
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
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>There is no DanHoi database at %1. Create it with &quot;danhoi-cli init&quot;.</source>
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
</context>
<context>
    <name>QuestionRepository</name>
    <message>
        <source>Someone else changed question %1 in the meantime; reload it and try again.</source>
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
        <source>revision %1</source>
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
        <source>revision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 has no approved answer to publish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message numerus="yes">
        <source>%n working day(s) from %1, due %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, skipping %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
