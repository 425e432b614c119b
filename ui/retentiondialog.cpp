#include "ui/retentiondialog.h"

#include "core/phonemask.h"
#include "core/privatefiles.h"
#include "ledger/ledger.h"
#include "secrets/secretstore.h"
#include "session/console.h"
#include "session/retention.h"
#include "ui/confirm.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace pn {

namespace {

QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
        s.replace(u'"', QStringLiteral("\"\""));
        s = u'"' + s + u'"';
    }
    return s;
}

// The key of the number hashes, from the secret store (created on first use); empty on error.
QByteArray hashKey(Console &console, QString *error)
{
    SecretStore *store = console.secretStore(error);
    QByteArray key;
    if (!store || !RetentionKey::load(*store, &key, error))
        return {};
    return key;
}

QString reportText(const RetentionReport &r)
{
    QString text = RetentionDialog::tr("Retention: real numbers of %1 bindings and %2 call records "
                                       "erased; ledger %3 MB → %4 MB.")
                       .arg(r.bindings)
                       .arg(r.calls)
                       .arg(QString::number(double(r.fileBytesBefore) / 1048576.0, 'f', 1),
                            QString::number(double(r.fileBytesAfter) / 1048576.0, 'f', 1));
    if (r.recordings > 0)
        text +=
            u' ' + RetentionDialog::tr("%n recording file(s) deleted.", nullptr, int(r.recordings));
    return text;
}

// Calls `retranslate` whenever the watched widget receives LanguageChange.
class LanguageWatcher final : public QObject
{
public:
    LanguageWatcher(QObject *parent, std::function<void()> retranslate)
        : QObject(parent)
        , m_retranslate(std::move(retranslate))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

RetentionDialog::RetentionDialog(Console &console, RetentionScheduler &scheduler, QWidget *parent)
    : QDialog(parent)
    , m_console(console)
    , m_scheduler(scheduler)
{
    setWindowTitle(tr("Retention"));
    if (const auto p = console.currentProfile())
        m_profileId = p->id;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Real numbers of bindings that ended longer ago than this (and of their calls) are "
           "replaced by the masked form and a keyed hash, once a day: the binding can still be "
           "found by its full number, but the number is no longer stored. Their recordings are "
           "deleted too. This cannot be undone."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_days = new QSpinBox(this);
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_forever = new QCheckBox(tr("Keep them forever"), this);
    form->addRow(tr("Keep real numbers of ended bindings for:"), m_days);
    form->addRow(QString(), m_forever);
    layout->addLayout(form);
    m_due = new QLabel(this);
    m_due->setWordWrap(true);
    layout->addWidget(m_due);
    m_reveal = new QCheckBox(tr("Export with the real numbers (written to the audit log)"), this);
    layout->addWidget(m_reveal);
    m_last = new QLabel(this);
    m_last->setWordWrap(true);
    layout->addWidget(m_last);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export what will be erased…"), QDialogButtonBox::ActionRole);
    m_erase = buttons->addButton(tr("Erase now…"), QDialogButtonBox::ActionRole);
    m_due->setObjectName(QStringLiteral("retentionDue"));
    m_reveal->setObjectName(QStringLiteral("retentionReveal"));
    m_last->setObjectName(QStringLiteral("retentionLast"));
    m_export->setObjectName(QStringLiteral("retentionExport"));
    m_erase->setObjectName(QStringLiteral("retentionErase"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, qOverload<>(&RetentionDialog::exportDue));
    connect(m_erase, &QPushButton::clicked, this, &RetentionDialog::eraseNow);
    connect(m_forever, &QCheckBox::toggled, this, [this](bool on) {
        m_days->setEnabled(!on);
        save();
    });
    connect(m_days, &QSpinBox::editingFinished, this, &RetentionDialog::save);
    connect(&m_scheduler, &RetentionScheduler::finished, this,
            [this](const RetentionReport &r, const QString &error) {
                m_last->setText(error.isEmpty() ? reportText(r) : error);
                m_erase->setEnabled(true);
                refreshDue();
            });
    load();
}

void RetentionDialog::load()
{
    const QSignalBlocker a(m_days), b(m_forever);
    std::optional<int> days = 180;
    for (const RetentionPolicy &p : m_console.ledger().retentionPolicies()) {
        if (m_profileId && p.profileId == *m_profileId)
            days = p.days;
    }
    m_forever->setChecked(!days);
    m_days->setEnabled(days.has_value());
    m_days->setValue(days.value_or(180));
    const bool any = m_profileId.has_value();
    m_days->setEnabled(any && days);
    m_forever->setEnabled(any);
    refreshDue();
}

void RetentionDialog::save()
{
    if (!m_profileId)
        return;
    const std::optional<int> days =
        m_forever->isChecked() ? std::nullopt : std::optional<int>(m_days->value());
    QString error;
    if (!m_console.ledger().setRetentionDays(*m_profileId, days, &error)) {
        m_last->setText(error);
        return;
    }
    m_console.audit(QStringLiteral("retention-set"),
                    days ? QStringLiteral("%1 days").arg(*days) : QStringLiteral("forever"));
    refreshDue();
}

void RetentionDialog::refreshDue()
{
    RetentionRun run;
    run.profileId = m_profileId;
    run.dryRun = true;
    QString error;
    const auto r = m_console.ledger().applyRetention(run, &error);
    if (!r) {
        m_due->setText(error);
        return;
    }
    m_due->setText(tr("Due now: %1 bindings and %2 call records of this profile.")
                       .arg(r->bindings)
                       .arg(r->calls));
    m_export->setEnabled(r->bindings > 0);
    m_erase->setEnabled(r->bindings > 0 && !m_scheduler.isRunning());
}

QString RetentionDialog::callsPath(const QString &path)
{
    QString base = path;
    if (base.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral("-calls.csv");
}

QString &RetentionDialog::nextExportPath()
{
    static QString path;
    return path;
}

qint64 RetentionDialog::exportDue(Console &console, std::optional<qint64> profileId, bool reveal,
                                  const QString &path, QString *error, qint64 *calls)
{
    RetentionRun run;
    run.profileId = profileId;
    const QList<BindingRecord> rows = console.ledger().bindingsDueForRetention(run);
    auto number = [reveal](const QString &n) { return reveal ? n : maskNumber(n); };
    QSaveFile file(path);
    QSaveFile callsFile(callsPath(path));
    for (QSaveFile *f : {&file, &callsFile}) {
        if (!f->open(QIODevice::WriteOnly) || !PrivateFiles::restrict(*f)) {
            *error = tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return -1;
        }
        f->write("\xEF\xBB\xBF");
    }
    file.write(QStringLiteral("subid,X,A,B,state,created,ended\n").toUtf8());
    callsFile.write(
        QStringLiteral("taskid,subid,caller,callee,result,begin_time,duration\n").toUtf8());
    // The call records the run would mask with each binding (by subid, as the run finds them).
    QSqlQuery q(console.ledger().database());
    q.prepare(QStringLiteral("SELECT taskid, caller, callee, result, begin_time, duration FROM "
                             "calls WHERE subid = ? AND erased_at IS NULL ORDER BY begin_time"));
    qint64 callCount = 0;
    for (const BindingRecord &b : rows) {
        file.write(QStringList{csvField(b.subid), csvField(b.request.x),
                               csvField(number(b.request.anum)), csvField(number(b.request.bnum)),
                               RecordStates::toSql(b.state), QString::number(b.createdAt),
                               QString::number(b.updatedAt)}
                       .join(u',')
                       .toUtf8() +
                   '\n');
        if (b.subid.isEmpty())
            continue;
        q.addBindValue(b.subid);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        while (q.next()) {
            callsFile.write(QStringList{csvField(q.value(0).toString()), csvField(b.subid),
                                        csvField(number(q.value(1).toString())),
                                        csvField(number(q.value(2).toString())),
                                        csvField(q.value(3).toString()), q.value(4).toString(),
                                        q.value(5).toString()}
                                .join(u',')
                                .toUtf8() +
                            '\n');
            ++callCount;
        }
    }
    for (QSaveFile *f : {&file, &callsFile}) {
        if (!f->commit()) {
            *error = tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return -1;
        }
    }
    console.audit(QStringLiteral("retention-export"),
                  QStringLiteral("%1 bindings and %2 call records due for retention exported%3")
                      .arg(rows.size())
                      .arg(callCount)
                      .arg(reveal ? QStringLiteral(" with real numbers") : QString()));
    if (calls)
        *calls = callCount;
    return rows.size();
}

void RetentionDialog::exportDue()
{
    QString path = std::exchange(nextExportPath(), QString());
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export what will be erased"),
                                            tr("retention-export.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    qint64 calls = 0;
    const qint64 n = exportDue(m_console, m_profileId, m_reveal->isChecked(), path, &error, &calls);
    m_last->setText(n < 0 ? error
                          : tr("%1 bindings exported to %2, their %3 call records to %4.")
                                .arg(n)
                                .arg(path)
                                .arg(calls)
                                .arg(callsPath(path)));
}

void RetentionDialog::eraseNow()
{
    if (!Confirm::ask(this, tr("Erase real numbers"),
                      tr("Erase the real numbers of every binding due now (see above), of their "
                         "calls and request-log lines? This cannot be undone."),
                      tr("Erase")))
        return;
    QString error;
    const QByteArray key = hashKey(m_console, &error);
    if (key.isEmpty()) {
        m_last->setText(tr("Cannot read the key of the number hashes: %1").arg(error));
        return;
    }
    m_console.ledger().setNumberHashKey(key);
    m_erase->setEnabled(false);
    m_last->setText(tr("Erasing…"));
    m_scheduler.runNow();
}

void installRetention(QWidget *window, Console &console, QMenuBar *menuBar)
{
    auto *scheduler = new RetentionScheduler(console.ledger(), window);
    // The key is read once, when the first run is due (the secret store may ask to unlock).
    auto *start = new QTimer(window);
    start->setSingleShot(true);
    start->setInterval(5 * 60'000); // not while the desk starts its day
    QObject::connect(start, &QTimer::timeout, window, [&console, scheduler, window] {
        QString error;
        const QByteArray key = hashKey(console, &error);
        auto *main = qobject_cast<QMainWindow *>(window);
        if (key.isEmpty()) {
            if (main)
                main->statusBar()->showMessage(
                    RetentionDialog::tr("Retention did not run: %1").arg(error), 10'000);
            return;
        }
        console.ledger().setNumberHashKey(key);
        scheduler->start(0);
    });
    start->start();
    QObject::connect(scheduler, &RetentionScheduler::finished, window,
                     [window](const RetentionReport &r, const QString &error) {
                         auto *main = qobject_cast<QMainWindow *>(window);
                         if (main && (r.bindings > 0 || r.recordings > 0 || !error.isEmpty()))
                             main->statusBar()->showMessage(error.isEmpty() ? reportText(r) : error,
                                                            10'000);
                     });
    QMenu *tools = menuBar->findChild<QMenu *>(QStringLiteral("menuTools"));
    const bool ownMenu = !tools;
    if (!tools) {
        tools = new QMenu(RetentionDialog::tr("&Tools"), menuBar);
        tools->setObjectName(QStringLiteral("menuTools"));
        const QList<QAction *> menus = menuBar->actions();
        menuBar->insertMenu(menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr, tools);
    }
    QAction *action = tools->addAction(RetentionDialog::tr("&Retention…"));
    action->setObjectName(QStringLiteral("actionRetention"));
    // The texts follow a language switch at run time (the window gets LanguageChange).
    window->installEventFilter(new LanguageWatcher(window, [tools, action, ownMenu] {
        if (ownMenu)
            tools->setTitle(RetentionDialog::tr("&Tools"));
        action->setText(RetentionDialog::tr("&Retention…"));
    }));
    QObject::connect(action, &QAction::triggered, window, [window, &console, scheduler] {
        RetentionDialog dialog(console, *scheduler, window);
        dialog.exec();
    });
}

} // namespace pn
