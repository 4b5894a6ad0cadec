#pragma once

#include "ServiceContext.h"

#include <functional>

namespace danhoi {

// Realistic synthetic data at any size, for trying the desk and measuring it: departments, categories, staff,
// questions spread over years and statuses with Vietnamese text, answers, revisions and a verifiable audit chain.
class SyntheticData
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticData)
public:
    struct Summary {
        qint64 questions = 0;
        qint64 revisions = 0;
        qint64 events = 0;
        QString staffPassword;
        QStringList staffUsernames;
    };
    // Called after each batch with (questions written, total); return false to stop after that batch.
    using Progress = std::function<bool(qint64, qint64)>;

    SyntheticData(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    // On a shared PostgreSQL server the generated rows are written by the database's owner (desk logins hold no
    // rights to write them): the owner of this connection, acting as an administrator under its role name; an
    // error asking for the owner on a desk login.
    static Result<User> serverOwner(ServiceContext& context);

    // Administrators only. The same seed gives the same data.
    Result<Summary> generate(qint64 count, quint32 seed, const Progress& progress = {});

    // Large batches: each commit writes every index page the batch touched, so fewer commits write fewer pages.
    static constexpr int batchSize = 10000;
    static QString staffPassword() { return QStringLiteral("danhoi-demo-1"); }

private:
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
