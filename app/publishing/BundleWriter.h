#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>

#include <memory>

namespace danhoi {

// Puts a bundle online all at once. DIR is a symbolic link into a hidden sibling folder (.DIR.bundles/) holding
// complete generations; a new generation is written beside the old one, synced, then the link is replaced by
// rename(2), which is atomic. A crash at any point leaves DIR on the previous, complete generation; the next run
// removes the leftovers. A DIR that is still a plain folder is moved aside first and restored if the run dies.
class BundleWriter
{
    Q_DECLARE_TR_FUNCTIONS(BundleWriter)
public:
    // A generation being written: each file goes to disk as it comes, so a bundle of hundreds of thousands of pages
    // is never held in memory, and nothing of it is online before commit(). Dropped without commit() (an error, a
    // cancel), it is removed and DIR stays as it was.
    class Generation
    {
    public:
        Generation(Generation&&) noexcept;
        Generation& operator=(Generation&&) noexcept;
        ~Generation();

        // A whole file, or the next part of one written in parts (items.json); the path is relative to the bundle.
        Result<void> write(const QString& relativePath, const QByteArray& bytes);
        Result<void> append(const QString& relativePath, const QByteArray& bytes);
        // Syncs every file to disk once (not one by one), then puts the generation online.
        Result<void> commit();

    private:
        friend class BundleWriter;
        struct State;
        explicit Generation(std::unique_ptr<State> state);
        std::unique_ptr<State> m_state;
    };

    static Result<Generation> begin(const QString& dir);
    // A small bundle held in memory: begin, every file, commit.
    static Result<void> write(const QString& dir, const QMap<QString, QByteArray>& files);
    // Brings DIR back to a consistent state after an interrupted write.
    static Result<void> recover(const QString& dir);
    static QString storeOf(const QString& dir); // the hidden folder of generations
};

} // namespace danhoi
