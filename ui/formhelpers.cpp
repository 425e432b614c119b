#include "ui/formhelpers.h"

#include "core/clock.h"
#include "core/errorcatalog.h"
#include "core/validation.h"

#include <QLabel>
#include <QLocale>
#include <QSizePolicy>
#include <QWidget>

namespace pn {

void FormHelpers::showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setToolTip(message);
    label->setVisible(!message.isEmpty());
    if (field)
        markField(field, !message.isEmpty());
}

void FormHelpers::markField(QWidget *field, bool invalid)
{
    if (field->property("pnInvalid").toBool() == invalid &&
        field->property("pnNaturalHeight").isValid())
        return;
    if (!field->property("pnNaturalHeight").isValid()) {
        const int natural = field->sizeHint().height();
        field->setProperty("pnNaturalHeight", natural);
        if (field->sizePolicy().verticalPolicy() == QSizePolicy::Fixed)
            field->setFixedHeight(natural);
        else
            field->setMinimumHeight(qMax(field->minimumHeight(), natural));
    }
    field->setProperty("pnInvalid", invalid);
    field->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #d13438;") : QString());
}

void FormHelpers::reserveErrorSpace(QLabel *label)
{
    QSizePolicy policy = label->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    policy.setVerticalPolicy(QSizePolicy::Fixed);
    label->setSizePolicy(policy);
    // Two lines, whatever the message: a longer one is cut, its whole text is the tooltip.
    label->setFixedHeight(label->fontMetrics().lineSpacing() * 2 + 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QString FormHelpers::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    QStringList parts;
    if (days)
        parts << tr("%n day(s)", nullptr, int(days));
    if (hours)
        parts << tr("%n h", nullptr, int(hours));
    if (minutes && !days)
        parts << tr("%n min", nullptr, int(minutes));
    if (parts.isEmpty())
        parts << tr("%n s", nullptr, int(seconds));
    return parts.join(u' ');
}

QString FormHelpers::expiryText(const Clock &clock, qint64 ttlSeconds, bool zeroIsForever)
{
    if (ttlSeconds == 0 && zeroIsForever)
        return tr("Never expires (valid until released).");
    // Beyond the console's maximum the field shows its error instead (and the time would not
    // fit in milliseconds: 9,999,999,999,999,999 s overflowed here).
    if (ttlSeconds <= 0 || ttlSeconds > Validation::MaxTtlSeconds)
        return {};
    const QDateTime at =
        QDateTime::fromMSecsSinceEpoch(clock.nowMs() + ttlSeconds * 1000).toLocalTime();
    return tr("Expires %1 (in %2).")
        .arg(QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")), duration(ttlSeconds));
}

QString FormHelpers::messageFor(const ValidationErrors &errors, const QString &field)
{
    for (const ValidationError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString FormHelpers::platformError(int code, const QString &reason)
{
    QString text = tr("The platform refused: %1.").arg(ErrorCatalog::describe(code));
    if (!reason.trimmed().isEmpty())
        text += u' ' + tr("It said: “%1”").arg(reason.trimmed());
    return text;
}

} // namespace pn
