#include "DefaultDepartments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace danhoi {

QList<Department> DefaultDepartments::load()
{
    QFile file(QStringLiteral(":/danhoi/departments-default.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Department> out;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Department department;
        department.code = object.value(QLatin1String("code")).toString();
        department.nameVi = object.value(QLatin1String("name_vi")).toString();
        department.nameEn = object.value(QLatin1String("name_en")).toString();
        if (!department.code.isEmpty())
            out.append(department);
    }
    return out;
}

} // namespace danhoi
