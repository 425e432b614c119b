#pragma once

#include "ledger/ledgerrecords.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace pn {

class Ledger;
class SecretStore;

// The key of the hashes retention keeps of erased numbers: a random 32-byte secret in the data
// folder's secret store, created on first use (never in the ledger, settings or logs).
class RetentionKey final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionKey)

public:
    static QString secretName() { return QStringLiteral("ledger-number-hash-key"); }
    static bool load(SecretStore &store, QByteArray *key, QString *error);
    // Reads the key without creating one (a search needs the key retention used, if any):
    // false with *error empty when the store holds none.
    static bool read(SecretStore &store, QByteArray *key, QString *error);
};

// The recording files of the calls retention erased (RecordingArchive's files under the
// ledger's folder; the ledger itself only drops the links in `calls`).
class RetentionRecordings final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRecordings)

public:
    // Deletes the kept (and half-downloaded) files of every erased call that still has one:
    // this run's, and any an interrupted earlier run left. Returns how many, -1 on an error.
    static int removeErased(Ledger &ledger, QString *error);
    // Ledger::applyRetention(run), then (unless a dry run) removeErased(): report->recordings
    // is the number of recordings deleted, audited ("retention-recordings") with the count.
    static std::optional<RetentionReport> apply(Ledger &ledger, const RetentionRun &run,
                                                QString *error);
};

// The console's daily retention run: applies every profile's policy on a worker thread (its
// own ledger connection), a minute after start and then every 24 h. Each run is audited by the
// ledger with counts, never numbers.
class RetentionScheduler final : public QObject
{
    Q_OBJECT

public:
    RetentionScheduler(Ledger &ledger, QObject *parent = nullptr);
    ~RetentionScheduler() override;
    Q_DISABLE_COPY_MOVE(RetentionScheduler)

    // Starts the daily timer (first run after `firstDelayMs`).
    void start(int firstDelayMs = 60'000);
    // Runs now in the background unless a run is under way.
    void runNow();
    bool isRunning() const { return m_worker != nullptr; }

Q_SIGNALS:
    void finished(const pn::RetentionReport &report, const QString &error);

private:
    void reap();

    Ledger &m_ledger;
    QTimer m_timer;
    QThread *m_worker = nullptr;
};

} // namespace pn
