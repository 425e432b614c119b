#pragma once

#include "core/validation.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace pn {

class Clock;

// Small pieces the binding and transfer forms share.
class FormHelpers final
{
    Q_DECLARE_TR_FUNCTIONS(FormHelpers)

public:
    // Shows `message` under a field (or hides the label when empty) and marks the field red.
    static void showFieldError(QLabel *label, QWidget *field, const QString &message);
    // Marks a field red (or not) without changing its height: the mark is a style sheet
    // border, whose box is smaller than the native frame (a line edit lost 4 px), so the field
    // keeps the height it had before its first mark and nothing below it moves.
    static void markField(QWidget *field, bool invalid);
    // Keeps two lines of room for the error under a field even while it is hidden, so that a
    // message appearing does not push the fields below down.
    static void reserveErrorSpace(QLabel *label);
    // "Expires 2026-11-28 21:05:00 (in 30 min)", or "Never expires" for ttl 0 when allowed.
    static QString expiryText(const Clock &clock, qint64 ttlSeconds, bool zeroIsForever);
    // "1 day 2 h", "30 min", "45 s"
    static QString duration(qint64 seconds);
    // The first message for `field` among `errors`, or an empty string.
    static QString messageFor(const ValidationErrors &errors, const QString &field);
    // A platform answer in words: "1302 · resource configuration conflict — <reason>".
    static QString platformError(int code, const QString &reason);
};

} // namespace pn
