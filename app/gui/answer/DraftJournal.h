#pragma once

#include "core/Domain.h"

namespace danhoi {

class DeskSession;

// Text typed in the answer editor but not yet saved as a revision, kept in local files so nothing is lost
// when the program is closed or killed. It never touches the database: no revision, no audit event.
class DraftJournal
{
public:
    struct Entry {
        Id questionId = 0;
        QString markdown;
        QDateTime savedAt;
    };

    explicit DraftJournal(DeskSession& session);

    bool save(Id questionId, const QString& markdown);
    std::optional<Entry> entry(Id questionId) const;
    QList<Entry> entries() const;
    void remove(Id questionId);
    // The folder for this database and user.
    QString folder() const { return m_folder; }

private:
    QString fileOf(Id questionId) const;
    static std::optional<Entry> read(const QString& path);

    QString m_folder;
};

} // namespace danhoi
