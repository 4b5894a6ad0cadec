#pragma once

#include <QCoreApplication>
#include <QString>

namespace danhoi {

// Audit notes that the services write themselves are stored language-neutral, so that the log reads the same to
// everyone and the hash chain never depends on who acted in which language; display() translates them for the
// reader. Free text (a rejection reason, a calendar day's name) is stored and shown as typed, and notes written
// before this form (in the actor's language) are shown as written.
class AuditNote
{
    Q_DECLARE_TR_FUNCTIONS(AuditNote)
public:
    // "revision=3", or "revision=3; comment=…" when the reviewer returned it with a comment.
    static QString revision(int number, const QString& comment = {});
    // "CODE: name; active=0" for a retired department.
    static QString department(const QString& code, const QString& name, bool active);
    // "import=hoi-dap.csv; line=12" for a question recorded by an import from `source` (a file name, any text).
    static QString imported(const QString& source, int line);

    // The note of an event of `action` in the reader's language.
    static QString display(const QString& action, const QString& note);
};

} // namespace danhoi
