#pragma once

#include <QStringList>

namespace danhoi::synthetic {

// What a citizen asks one department about: topics, and sentences that carry them.
struct DepartmentTopics {
    const char* code;
    const char* nameVi;
    const char* nameEn;
    QStringList topics;
};

const QList<DepartmentTopics>& departments();
const QStringList& titleForms();     // "%1" = topic
const QStringList& bodySentences();  // "%1" = topic, "%2" = locality
const QStringList& answerSentences(); // "%1" = topic, "%2" = department name
const QStringList& localities();
const QStringList& familyNames();
const QStringList& givenNames();

} // namespace danhoi::synthetic
