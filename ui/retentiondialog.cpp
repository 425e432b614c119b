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

QString RetentionDialog::siblingPath(const QString &path, const QString &what)
{
    QString base = path;
    if (base.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return base + u'-' + what + QStringLiteral(".csv");
}

QString &RetentionDialog::nextExportPath()
{
    static QString path;
    return path;
}

qint64 RetentionDialog::exportDue(Console &console, std::optional<qint64> profileId, bool reveal,
                                  const QString &path, QString *error, ExportCounts *counts)
{
    RetentionRun run;
    run.profileId = profileId;
    const QList<BindingRecord> rows = console.ledger().bindingsDueForRetention(run);
    auto number = [reveal](const QString &n) { return reveal ? n : maskNumber(n); };
    // A request-log line holds the numbers inside its form and answer: masked where they occur,
    // as the run itself does.
    auto text = [reveal](QString t, const BindingRecord &b) {
        if (!reveal) {
            for (const QString &n : {b.request.anum, b.request.bnum}) {
                if (n.size() >= 5)
                    t.replace(n, maskNumber(n));
            }
        }
        return t;
    };
    auto line = [](const QStringList &fields) { return fields.join(u',').toUtf8() + '\n'; };
    QSaveFile file(path);
    QSaveFile callsFile(callsPath(path));
    QSaveFile startsFile(siblingPath(path, QStringLiteral("call-starts")));
    QSaveFile requestsFile(siblingPath(path, QStringLiteral("requests")));
    const std::initializer_list<QSaveFile *> files = {&file, &callsFile, &startsFile,
                                                      &requestsFile};
    for (QSaveFile *f : files) {
        if (!f->open(QIODevice::WriteOnly) || !PrivateFiles::restrict(*f)) {
            *error = tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return -1;
        }
        f->write("\xEF\xBB\xBF");
    }
    file.write("subid,X,A,B,state,created,ended\n");
    callsFile.write("taskid,subid,caller,callee,result,begin_time,duration\n");
    startsFile.write("taskid,subid,caller,callee,call_time\n");
    requestsFile.write("at,method,path,reqid,params,http_status,error_code,response\n");
    // What the run masks with each binding: its calls and call starts (by subid) and the
    // request-log lines of its reqid.
    QSqlQuery calls(console.ledger().database());
    calls.prepare(
        QStringLiteral("SELECT taskid, caller, callee, result, begin_time, duration FROM "
                       "calls WHERE subid = ? AND erased_at IS NULL ORDER BY begin_time"));
    QSqlQuery starts(console.ledger().database());
    starts.prepare(QStringLiteral("SELECT taskid, caller, callee, call_time FROM call_starts "
                                  "WHERE subid = ? ORDER BY call_time"));
    QSqlQuery requests(console.ledger().database());
    requests.prepare(QStringLiteral("SELECT at, method, path, params, http_status, error_code, "
                                    "response FROM request_log WHERE reqid = ? ORDER BY at, id"));
    auto run1 = [error](QSqlQuery &q, const QString &key) {
        q.addBindValue(key);
        if (q.exec())
            return true;
        *error = q.lastError().text();
        return false;
    };
    ExportCounts n;
    for (const BindingRecord &b : rows) {
        file.write(line({csvField(b.subid), csvField(b.request.x), csvField(number(b.request.anum)),
                         csvField(number(b.request.bnum)), RecordStates::toSql(b.state),
                         QString::number(b.createdAt), QString::number(b.updatedAt)}));
        if (!b.request.reqid.isEmpty()) {
            if (!run1(requests, b.request.reqid))
                return -1;
            for (; requests.next(); ++n.requestLines) {
                requestsFile.write(
                    line({requests.value(0).toString(), csvField(requests.value(1).toString()),
                          csvField(requests.value(2).toString()), csvField(b.request.reqid),
                          csvField(text(requests.value(3).toString(), b)),
                          requests.value(4).toString(), requests.value(5).toString(),
                          csvField(text(requests.value(6).toString(), b))}));
            }
        }
        if (b.subid.isEmpty())
            continue;
        if (!run1(calls, b.subid))
            return -1;
        for (; calls.next(); ++n.calls) {
            callsFile.write(line({csvField(calls.value(0).toString()), csvField(b.subid),
                                  csvField(number(calls.value(1).toString())),
                                  csvField(number(calls.value(2).toString())),
                                  csvField(calls.value(3).toString()), calls.value(4).toString(),
                                  calls.value(5).toString()}));
        }
        if (!run1(starts, b.subid))
            return -1;
        for (; starts.next(); ++n.callStarts) {
            startsFile.write(
                line({csvField(starts.value(0).toString()), csvField(b.subid),
                      csvField(number(starts.value(1).toString())),
                      csvField(number(starts.value(2).toString())), starts.value(3).toString()}));
        }
    }
    for (QSaveFile *f : files) {
        if (!f->commit()) {
            *error = tr("Cannot write %1: %2").arg(f->fileName(), f->errorString());
            return -1;
        }
    }
    console.audit(QStringLiteral("retention-export"),
                  QStringLiteral("%1 bindings and %2 call records due for retention exported "
                                 "(%3 call starts, %4 request-log lines)%5")
                      .arg(rows.size())
                      .arg(n.calls)
                      .arg(n.callStarts)
                      .arg(n.requestLines)
                      .arg(reveal ? QStringLiteral(" with real numbers") : QString()));
    if (counts)
        *counts = n;
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
    ExportCounts counts;
    const qint64 n =
        exportDue(m_console, m_profileId, m_reveal->isChecked(), path, &error, &counts);
    m_last->setText(n < 0 ? error
                          : tr("%1 bindings exported to %2; beside it their %3 call records, %4 "
                               "call starts and %5 request-log lines (…-calls.csv, "
                               "…-call-starts.csv, …-requests.csv).")
                                .arg(n)
                                .arg(path)
                                .arg(counts.calls)
                                .arg(counts.callStarts)
                                .arg(counts.requestLines));
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
