#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace pn {

using FormFields = QList<QPair<QString, QString>>;

// Parameters of "create AXB binding" (spec 4.1), as the user gave them. Numbers are kept as
// typed; normalizedNumber() strips the spaces and dashes people type.
struct BindingRequest
{
    QString appid;
    QString x;
    QString anum;
    QString bnum;
    QString reqid;
    qint64 ttl = 0;
    int record = 0;  // 0 or 1
    QString display; // "" (platform default) or "0,0" "0,1" "1,0" "1,1"
    QString anucode; // up to three codes: "B->X,A->X,other->X"
    QString ansanu;  // a code or "code1,code2"
    QString userData;

    // The form fields the platform receives (numbers normalized, optional ones only when set),
    // in the order of the spec.
    FormFields formFields() const;
    bool operator==(const BindingRequest &) const = default;
};

// Parameters of "create XA transfer" (spec 4.3).
struct TransferRequest
{
    QString appid;
    QString x;
    QString anum;
    QString reqid;
    qint64 ttl = 0;  // 0 = valid forever
    int record = 0;  // 0 or 1
    int display = 0; // 0 show X, 1 show the real caller
    QString anucode;
    QString userData;

    FormFields formFields() const;
    bool operator==(const TransferRequest &) const = default;
};

// The answer of GET /api/v1/account/status (spec 3.1).
struct AccountStatus
{
    int error = 0;
    QString reason;
    std::optional<int> state; // 0 trial, 1 active, 2 suspended, 3 closed
    QString role;
    std::optional<double> balance;
    std::optional<double> overdraft;
    std::optional<qint64> createTimeMs;
    std::optional<qint64> updateTimeMs;
};

enum class AccountState { Trial = 0, Active = 1, Suspended = 2, Closed = 3 };

// A new reqid: a random UUID without braces.
QString generateReqid();

} // namespace pn
