#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace danhoi {

struct RoutingSuggestion {
    QString departmentCode;
    double score = 0; // cosine similarity, plus a bonus when the text names the department
    QStringList reasons; // the words of the text that drove the suggestion, as written there
};

// Suggests the department for a question from the questions already routed: a TF-IDF nearest-centroid
// (Rocchio) model over folded words and two-word phrases, with each department's keywords and name as seeds.
// Explainable: a suggestion's reasons are the phrases of the text that weigh most towards that department.
// Learns incrementally (addExample); suggest() may be called from several threads, addExample from one at a time.
class RoutingSuggester
{
public:
    // Departments that may be suggested (none declared: every department with examples), with their name and
    // the words they are known for (seeds that count like one extra example).
    void addDepartment(const QString& code, const QString& name, const QStringList& keywords = {});
    // One routed question: its title and body (and the answer text, when there is one).
    void addExample(const QString& departmentCode, const QString& text);
    int exampleCount() const { return m_documents; }

    // The best `limit` departments for `text`, best first; only departments with something in common with it.
    QList<RoutingSuggestion> suggest(const QString& text, int limit = 3) const;

    // Counts of the folded words and two-word phrases of `text` (function words left out).
    static QHash<QString, double> features(const QString& text);

private:
    using Vector = QHash<QString, double>;
    struct Department {
        QString name;           // folded words, space-separated
        Vector keywords;        // raw counts
        Vector examples;        // sum of the examples' length-normalised log-tf vectors
    };
    double idf(const QString& feature) const;
    const QHash<QString, Vector>& centroids() const;

    QHash<QString, Department> m_departments;
    QHash<QString, int> m_documentFrequency;
    int m_documents = 0;
    bool m_restricted = false;

    mutable QMutex m_mutex;
    mutable QHash<QString, Vector> m_centroids;
    mutable bool m_dirty = true;
};

} // namespace danhoi
