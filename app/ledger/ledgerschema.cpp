#include "ledger/ledgerschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pn {

namespace {

// Migration 8: the statistics rollups. The statements that add (sign "+1") or take away
// ("-1") one row's share, `row` being new or old inside a trigger (both dialects spell them
// alike). A call counts in its UTC hour (stats_hourly) and UTC day (per X, per result code); a
// binding counts as created in the hour of created_at unless it failed, released or expired in
// the hour of released_at / expires_at when it is in that state.
QStringList callRollupStatements(const char *row, const char *sign)
{
    const QString r = QString::fromLatin1(row), s = QString::fromLatin1(sign);
    const QString answered = QStringLiteral("CASE WHEN %1.result = 'answered' THEN 1 ELSE 0 END");
    QStringList out = {
        QStringLiteral(
            "INSERT INTO stats_hourly (profile_id, appid, hour, calls, answered, talk, billed, "
            "created, released, expired) VALUES (COALESCE(%1.profile_id, 0), %1.appid, "
            "(%1.begin_time / 3600) * 3600, %2, %2 * %3, %2 * CASE WHEN %1.result = 'answered' "
            "THEN %1.duration ELSE 0 END, %2 * CASE WHEN %1.result = 'answered' AND %1.duration "
            "> 0 THEN (%1.duration + 59) / 60 ELSE 0 END, 0, 0, 0) ON CONFLICT (profile_id, "
            "appid, hour) DO UPDATE SET calls = stats_hourly.calls + excluded.calls, answered = "
            "stats_hourly.answered + excluded.answered, talk = stats_hourly.talk + excluded.talk, "
            "billed = stats_hourly.billed + excluded.billed")
            .arg(r, s, answered.arg(r)),
        QStringLiteral("INSERT INTO stats_x_daily (profile_id, appid, x, day, calls, answered) "
                       "VALUES (COALESCE(%1.profile_id, 0), %1.appid, %1.rcaller, "
                       "(%1.begin_time / 86400) * 86400, %2, %2 * %3) ON CONFLICT (profile_id, "
                       "appid, x, day) DO UPDATE SET calls = stats_x_daily.calls + "
                       "excluded.calls, answered = stats_x_daily.answered + excluded.answered")
            .arg(r, s, answered.arg(r)),
        QStringLiteral("INSERT INTO stats_results_daily (profile_id, appid, result, day, calls) "
                       "VALUES (COALESCE(%1.profile_id, 0), %1.appid, %1.result, "
                       "(%1.begin_time / 86400) * 86400, %2) ON CONFLICT (profile_id, appid, "
                       "result, day) DO UPDATE SET calls = stats_results_daily.calls + "
                       "excluded.calls")
            .arg(r, s),
    };
    // A row whose calls are all gone goes too: its X may be a number retention just masked.
    if (s.startsWith(u'-'))
        out << QStringLiteral(
                   "DELETE FROM stats_x_daily WHERE profile_id = COALESCE(%1.profile_id, "
                   "0) AND appid = %1.appid AND x = %1.rcaller AND day = "
                   "(%1.begin_time / 86400) * 86400 AND calls = 0")
                   .arg(r);
    return out;
}

QStringList bindingRollupStatements(const char *row, const char *sign)
{
    const QString r = QString::fromLatin1(row), s = QString::fromLatin1(sign);
    QStringList out;
    const struct
    {
        const char *column;
        const char *condition;
        const char *field;
    } changes[] = {
        {"created_at", "%1.state <> 'failed' AND %1.created_at IS NOT NULL", "created"},
        {"released_at", "%1.state = 'released' AND %1.released_at IS NOT NULL", "released"},
        {"expires_at", "%1.state = 'expired' AND %1.expires_at IS NOT NULL", "expired"},
    };
    for (const auto &c : changes) {
        const QString field = QString::fromLatin1(c.field);
        out << QStringLiteral("INSERT INTO stats_hourly (profile_id, appid, hour, %3) SELECT "
                              "%1.profile_id, %1.appid, (%1.%4 / 3600000) * 3600, %2 WHERE %5 "
                              "ON CONFLICT (profile_id, appid, hour) DO UPDATE SET %3 = "
                              "stats_hourly.%3 + excluded.%3")
                   .arg(r, s, field, QString::fromLatin1(c.column),
                        QString::fromLatin1(c.condition).arg(r));
    }
    return out;
}

QString sqliteTrigger(const char *name, const QString &event, const char *table, const char *when,
                      const QStringList &body)
{
    return QStringLiteral("{{SQLITE}}CREATE TRIGGER %1 AFTER %2 ON %3%4 BEGIN %5; END")
        .arg(QString::fromLatin1(name), event, QString::fromLatin1(table),
             *when ? QStringLiteral(" FOR EACH ROW WHEN ") + QString::fromLatin1(when) : QString(),
             body.join(QStringLiteral("; ")));
}

QString pgTriggerFunction(const char *name, const QStringList &oldBody, const QStringList &newBody)
{
    return QStringLiteral("{{PG}}CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                          "BEGIN IF TG_OP IN ('DELETE', 'UPDATE') THEN %2; END IF; "
                          "IF TG_OP IN ('INSERT', 'UPDATE') THEN %3; END IF; RETURN NULL; END $$")
        .arg(QString::fromLatin1(name), oldBody.join(QStringLiteral("; ")),
             newBody.join(QStringLiteral("; ")));
}

QStringList statisticsRollups()
{
    const char *callColumns = "profile_id, appid, rcaller, result, begin_time, duration";
    const char *callChanged = "old.profile_id IS NOT new.profile_id OR old.appid IS NOT "
                              "new.appid OR old.rcaller IS NOT new.rcaller OR old.result IS NOT "
                              "new.result OR old.begin_time IS NOT new.begin_time OR "
                              "old.duration IS NOT new.duration";
    const char *bindingColumns = "profile_id, appid, state, created_at, released_at, expires_at";
    const char *bindingChanged =
        "old.profile_id IS NOT new.profile_id OR old.appid IS NOT new.appid OR old.state IS NOT "
        "new.state OR old.created_at IS NOT new.created_at OR old.released_at IS NOT "
        "new.released_at OR old.expires_at IS NOT new.expires_at";
    QString pgCallChanged = QString::fromLatin1(callChanged);
    pgCallChanged.replace(QStringLiteral(" IS NOT "), QStringLiteral(" IS DISTINCT FROM "));
    QString pgBindingChanged = QString::fromLatin1(bindingChanged);
    pgBindingChanged.replace(QStringLiteral(" IS NOT "), QStringLiteral(" IS DISTINCT FROM "));
    QStringList list = {
        // Per UTC hour, profile (0 = a CDR no profile claimed) and appid; kept in hour order,
        // as a period reads it.
        QStringLiteral(R"(CREATE TABLE stats_hourly (
            profile_id BIGINT NOT NULL,
            appid TEXT NOT NULL,
            hour BIGINT NOT NULL,                           -- epoch seconds, UTC hour start
            calls BIGINT NOT NULL DEFAULT 0,
            answered BIGINT NOT NULL DEFAULT 0,
            talk BIGINT NOT NULL DEFAULT 0,                 -- seconds of answered calls
            billed BIGINT NOT NULL DEFAULT 0,               -- minutes, each call rounded up
            created BIGINT NOT NULL DEFAULT 0,              -- bindings
            released BIGINT NOT NULL DEFAULT 0,
            expired BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (hour, profile_id, appid)){{WITHOUT_ROWID}})"),
        // Per UTC day and X number (the CDR's rcaller) / result code.
        QStringLiteral(R"(CREATE TABLE stats_x_daily (
            profile_id BIGINT NOT NULL,
            appid TEXT NOT NULL,
            x TEXT NOT NULL,
            day BIGINT NOT NULL,
            calls BIGINT NOT NULL DEFAULT 0,
            answered BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (day, profile_id, appid, x)){{WITHOUT_ROWID}})"),
        QStringLiteral(R"(CREATE TABLE stats_results_daily (
            profile_id BIGINT NOT NULL,
            appid TEXT NOT NULL,
            result TEXT NOT NULL,
            day BIGINT NOT NULL,
            calls BIGINT NOT NULL DEFAULT 0,
            PRIMARY KEY (day, profile_id, appid, result)){{WITHOUT_ROWID}})"),
        // The last call of each X, and the ends of a period counted from the raw rows.
        QStringLiteral("CREATE INDEX calls_x_begin ON calls(rcaller, begin_time)"),
        QStringLiteral("CREATE INDEX bindings_released ON bindings(released_at)"),
        // Backfill from the rows already there.
        QStringLiteral(
            "INSERT INTO stats_hourly (profile_id, appid, hour, calls, answered, talk, billed) "
            "SELECT COALESCE(profile_id, 0), appid, (begin_time / 3600) * 3600, COUNT(*), "
            "SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END), SUM(CASE WHEN result = "
            "'answered' THEN duration ELSE 0 END), SUM(CASE WHEN result = 'answered' AND "
            "duration > 0 THEN (duration + 59) / 60 ELSE 0 END) FROM calls WHERE 1 = 1 "
            "GROUP BY COALESCE(profile_id, 0), appid, (begin_time / 3600) * 3600"),
        QStringLiteral("INSERT INTO stats_x_daily (profile_id, appid, x, day, calls, answered) "
                       "SELECT COALESCE(profile_id, 0), appid, rcaller, (begin_time / 86400) * "
                       "86400, COUNT(*), SUM(CASE WHEN result = 'answered' THEN 1 ELSE 0 END) "
                       "FROM calls WHERE 1 = 1 GROUP BY COALESCE(profile_id, 0), appid, "
                       "rcaller, (begin_time / 86400) * 86400"),
        QStringLiteral("INSERT INTO stats_results_daily (profile_id, appid, result, day, calls) "
                       "SELECT COALESCE(profile_id, 0), appid, result, (begin_time / 86400) * "
                       "86400, COUNT(*) FROM calls WHERE 1 = 1 GROUP BY COALESCE(profile_id, "
                       "0), appid, result, (begin_time / 86400) * 86400"),
    };
    const struct
    {
        const char *column;
        const char *condition;
        const char *field;
    } changes[] = {
        {"created_at", "state <> 'failed' AND created_at IS NOT NULL", "created"},
        {"released_at", "state = 'released' AND released_at IS NOT NULL", "released"},
        {"expires_at", "state = 'expired' AND expires_at IS NOT NULL", "expired"},
    };
    for (const auto &c : changes) {
        list << QStringLiteral("INSERT INTO stats_hourly (profile_id, appid, hour, %1) SELECT "
                               "profile_id, appid, (%2 / 3600000) * 3600, COUNT(*) FROM bindings "
                               "WHERE %3 GROUP BY profile_id, appid, (%2 / 3600000) * 3600 "
                               "ON CONFLICT (profile_id, appid, hour) DO UPDATE SET %1 = "
                               "stats_hourly.%1 + excluded.%1")
                    .arg(QString::fromLatin1(c.field), QString::fromLatin1(c.column),
                         QString::fromLatin1(c.condition));
    }
    // SQLite: one trigger per event.
    list << sqliteTrigger("stats_calls_insert", QStringLiteral("INSERT"), "calls", "",
                          callRollupStatements("new", "1"))
         << sqliteTrigger("stats_calls_delete", QStringLiteral("DELETE"), "calls", "",
                          callRollupStatements("old", "-1"))
         << sqliteTrigger("stats_calls_update",
                          QStringLiteral("UPDATE OF %1").arg(QLatin1StringView(callColumns)),
                          "calls", callChanged,
                          callRollupStatements("old", "-1") + callRollupStatements("new", "1"))
         << sqliteTrigger("stats_bindings_insert", QStringLiteral("INSERT"), "bindings", "",
                          bindingRollupStatements("new", "1"))
         << sqliteTrigger("stats_bindings_delete", QStringLiteral("DELETE"), "bindings", "",
                          bindingRollupStatements("old", "-1"))
         << sqliteTrigger("stats_bindings_update",
                          QStringLiteral("UPDATE OF %1").arg(QLatin1StringView(bindingColumns)),
                          "bindings", bindingChanged,
                          bindingRollupStatements("old", "-1") +
                              bindingRollupStatements("new", "1"));
    // PostgreSQL: a function per table and one trigger for every event.
    list << pgTriggerFunction("pn_stats_calls", callRollupStatements("old", "-1"),
                              callRollupStatements("new", "1"))
         << QStringLiteral("{{PG}}CREATE TRIGGER stats_calls_insert_delete AFTER INSERT OR "
                           "DELETE ON calls FOR EACH ROW EXECUTE FUNCTION pn_stats_calls()")
         << QStringLiteral("{{PG}}CREATE TRIGGER stats_calls_update AFTER UPDATE OF %1 ON calls "
                           "FOR EACH ROW WHEN (%2) EXECUTE FUNCTION pn_stats_calls()")
                .arg(QLatin1StringView(callColumns), pgCallChanged)
         << pgTriggerFunction("pn_stats_bindings", bindingRollupStatements("old", "-1"),
                              bindingRollupStatements("new", "1"))
         << QStringLiteral("{{PG}}CREATE TRIGGER stats_bindings_insert_delete AFTER INSERT OR "
                           "DELETE ON bindings FOR EACH ROW EXECUTE FUNCTION pn_stats_bindings()")
         << QStringLiteral("{{PG}}CREATE TRIGGER stats_bindings_update AFTER UPDATE OF %1 ON "
                           "bindings FOR EACH ROW WHEN (%2) EXECUTE FUNCTION "
                           "pn_stats_bindings()")
                .arg(QLatin1StringView(bindingColumns), pgBindingChanged);
    return list;
}

// One migration = a list of statements. "{{PK}}" becomes the dialect's auto-increment key.
// Times: *_at columns are epoch milliseconds (UTC); CDR times are epoch seconds as the platform
// sends them. Never store an auth key or any secret in these tables.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        // 1: everything the first release needs.
        {
            QStringLiteral(R"(CREATE TABLE profiles (
                id {{PK}},
                name TEXT NOT NULL UNIQUE,
                environment TEXT NOT NULL DEFAULT 'test'
                    CHECK (environment IN ('production','test','sandbox')),
                base_url TEXT NOT NULL,
                devid TEXT NOT NULL,
                appids TEXT NOT NULL DEFAULT '[]',          -- JSON array of strings
                default_appid TEXT NOT NULL DEFAULT '',
                x_numbers TEXT NOT NULL DEFAULT '[]',       -- JSON array of strings
                ca_file TEXT NOT NULL DEFAULT '',
                allow_plain_http INTEGER NOT NULL DEFAULT 0,
                timeout_ms INTEGER NOT NULL DEFAULT 10000,
                rate_limit REAL NOT NULL DEFAULT 0,         -- requests/s, 0 = no limit
                low_balance_threshold REAL NOT NULL DEFAULT 0,
                callback_address TEXT NOT NULL DEFAULT '127.0.0.1',
                callback_port INTEGER NOT NULL DEFAULT 0,
                callback_allow_list TEXT NOT NULL DEFAULT '', -- comma-separated addresses
                secret_backend TEXT NOT NULL DEFAULT '',    -- where the key is kept, not the key
                extra TEXT NOT NULL DEFAULT '{}',           -- JSON, forward-compatible settings
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            // A binding is first an intent (state 'pending', written before the request goes
            // out), then 'active' with its subid, and finally 'released', 'expired' or 'failed'.
            QStringLiteral(R"(CREATE TABLE bindings (
                id {{PK}},
                profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE RESTRICT,
                reqid TEXT NOT NULL UNIQUE,
                appid TEXT NOT NULL,
                x TEXT NOT NULL,
                anum TEXT NOT NULL,
                bnum TEXT NOT NULL,
                ttl BIGINT NOT NULL,
                record INTEGER NOT NULL DEFAULT 0,
                display TEXT NOT NULL DEFAULT '',
                anucode TEXT NOT NULL DEFAULT '',
                ansanu TEXT NOT NULL DEFAULT '',
                user_data TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending','active','released','expired','failed')),
                subid TEXT,
                created_at BIGINT NOT NULL,
                expires_at BIGINT,
                released_at BIGINT,
                last_error TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL,
                release_requested_at BIGINT,               -- set before a release goes out
                rev BIGINT NOT NULL DEFAULT 0              -- change counter for readers
                ))"),
            QStringLiteral("CREATE INDEX bindings_state ON bindings(state, expires_at)"),
            QStringLiteral("CREATE INDEX bindings_rev ON bindings(rev)"),
            // PostgreSQL: concurrent writers take change numbers from a sequence (SQLite
            // serializes writers, MAX(rev) + 1 is enough there). See nextRevExpression().
            QStringLiteral("{{PG}}CREATE SEQUENCE bindings_rev_seq"),
            QStringLiteral("CREATE INDEX bindings_subid ON bindings(subid)"),
            QStringLiteral("CREATE INDEX bindings_x ON bindings(profile_id, x)"),
            QStringLiteral(R"(CREATE TABLE transfers (
                id {{PK}},
                profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE RESTRICT,
                reqid TEXT NOT NULL UNIQUE,
                appid TEXT NOT NULL,
                x TEXT NOT NULL,
                anum TEXT NOT NULL,
                ttl BIGINT NOT NULL DEFAULT 0,              -- 0 = forever
                record INTEGER NOT NULL DEFAULT 0,
                display INTEGER NOT NULL DEFAULT 0,
                anucode TEXT NOT NULL DEFAULT '',
                user_data TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending','active','released','expired','failed')),
                created_at BIGINT NOT NULL,
                expires_at BIGINT,                          -- NULL = forever
                released_at BIGINT,
                last_error TEXT NOT NULL DEFAULT '',
                attempts INTEGER NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL,
                release_requested_at BIGINT,
                rev BIGINT NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX transfers_x ON transfers(profile_id, x, state)"),
            QStringLiteral("CREATE INDEX transfers_rev ON transfers(rev)"),
            QStringLiteral("{{PG}}CREATE SEQUENCE transfers_rev_seq"),
            // One row per HTTP attempt. `params` never holds a secret (no Authorization).
            QStringLiteral(R"(CREATE TABLE request_log (
                id {{PK}},
                at BIGINT NOT NULL,
                profile_id BIGINT,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                reqid TEXT NOT NULL DEFAULT '',
                params TEXT NOT NULL DEFAULT '',
                http_status INTEGER NOT NULL DEFAULT 0,
                error_code INTEGER,
                reason TEXT NOT NULL DEFAULT '',
                response TEXT NOT NULL DEFAULT '',
                latency_ms INTEGER NOT NULL DEFAULT 0,
                attempt INTEGER NOT NULL DEFAULT 1))"),
            QStringLiteral("CREATE INDEX request_log_at ON request_log(at)"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                id {{PK}},
                at BIGINT NOT NULL,
                profile_id BIGINT,
                actor TEXT NOT NULL DEFAULT '',
                action TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT ''))"),
            // Call records (spec 5.1), de-duplicated by taskid; unknown fields kept in `extra`.
            QStringLiteral(R"(CREATE TABLE calls (
                id {{PK}},
                taskid TEXT NOT NULL UNIQUE,
                profile_id BIGINT,
                devid TEXT NOT NULL,
                appid TEXT NOT NULL,
                subid TEXT NOT NULL,
                caller TEXT NOT NULL,
                rcaller TEXT NOT NULL,
                callee TEXT NOT NULL,
                result TEXT NOT NULL,
                begin_time BIGINT NOT NULL,
                ring_time BIGINT,
                answer_time BIGINT,
                release_time BIGINT,
                duration BIGINT NOT NULL DEFAULT 0,
                recording TEXT NOT NULL DEFAULT '',
                user_data TEXT NOT NULL DEFAULT '',
                releasedir TEXT NOT NULL DEFAULT '',
                extra TEXT NOT NULL DEFAULT '{}',
                received_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX calls_subid ON calls(subid)"),
            QStringLiteral("CREATE INDEX calls_begin ON calls(begin_time)"),
            // Call-start callbacks (spec 5.3).
            QStringLiteral(R"(CREATE TABLE call_starts (
                id {{PK}},
                taskid TEXT NOT NULL UNIQUE,
                profile_id BIGINT,
                devid TEXT NOT NULL,
                appid TEXT NOT NULL,
                subid TEXT NOT NULL,
                caller TEXT NOT NULL,
                rcaller TEXT NOT NULL,
                callee TEXT NOT NULL,
                call_time BIGINT NOT NULL,
                sms_content TEXT NOT NULL DEFAULT '',
                user_data TEXT NOT NULL DEFAULT '',
                extra TEXT NOT NULL DEFAULT '{}',
                received_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX call_starts_subid ON call_starts(subid)"),
            // Callbacks answered 4xx, kept for debugging.
            QStringLiteral(R"(CREATE TABLE rejected_callbacks (
                id {{PK}},
                received_at BIGINT NOT NULL,
                remote TEXT NOT NULL DEFAULT '',
                path TEXT NOT NULL DEFAULT '',
                content_type TEXT NOT NULL DEFAULT '',
                http_status INTEGER NOT NULL,
                reason TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT ''))"),
        },
        // 2: bulk jobs (CSV files applied row by row). Each row's reqid is written here before
        // anything is sent, so a re-run resumes with the same reqids.
        {
            QStringLiteral(R"(CREATE TABLE bulk_jobs (
                id {{PK}},
                profile_id BIGINT NOT NULL REFERENCES profiles(id) ON DELETE RESTRICT,
                kind TEXT NOT NULL CHECK (kind IN ('bind','release')),
                file_path TEXT NOT NULL,
                file_hash TEXT NOT NULL,                    -- SHA-256 of the input, hex
                out_path TEXT NOT NULL,
                encoding TEXT NOT NULL DEFAULT '',
                row_count INTEGER NOT NULL,
                state TEXT NOT NULL DEFAULT 'running'
                    CHECK (state IN ('running','paused','cancelled','done')),
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("CREATE INDEX bulk_jobs_file ON bulk_jobs(profile_id, kind, file_hash)"),
            QStringLiteral(R"(CREATE TABLE bulk_job_rows (
                job_id BIGINT NOT NULL REFERENCES bulk_jobs(id) ON DELETE CASCADE,
                row_no INTEGER NOT NULL,                    -- 1 = first row after the header
                reqid TEXT NOT NULL DEFAULT '',
                subid TEXT NOT NULL DEFAULT '',
                state TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued','done','refused','invalid')),
                error_code INTEGER,
                reason TEXT NOT NULL DEFAULT '',
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (job_id, row_no)))"),
        },
        // 3: what is implausible about a stored call record (CallbackParser), comma-separated.
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN anomalies TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE call_starts ADD COLUMN anomalies TEXT NOT NULL DEFAULT ''"),
        },
        // 4: one sender per intent across programs, and one request rate for all of them.
        {
            // The send lease: the program (sending_by) that has a request for this row on the
            // way holds it until lease_until (epoch ms), renewing it while it waits. Others
            // leave the row alone until then; a lease of a program that died simply expires.
            QStringLiteral("ALTER TABLE bindings ADD COLUMN sending_by TEXT"),
            QStringLiteral("ALTER TABLE bindings ADD COLUMN lease_until BIGINT"),
            QStringLiteral("ALTER TABLE transfers ADD COLUMN sending_by TEXT"),
            QStringLiteral("ALTER TABLE transfers ADD COLUMN lease_until BIGINT"),
            // The client-side rate limit shared by every program on this ledger, one row per
            // platform account: the next free send slot and the gap between slots, which
            // doubles after 1105 and shrinks slowly while the platform accepts.
            QStringLiteral(R"(CREATE TABLE rate_buckets (
                bucket TEXT PRIMARY KEY,
                interval_ms BIGINT NOT NULL DEFAULT 0,
                base_interval_ms BIGINT NOT NULL DEFAULT 0,
                next_slot_ms BIGINT NOT NULL DEFAULT 0,
                slowed_at BIGINT NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL DEFAULT 0))"),
        },
        // 5: when a binding's request first went on the wire, and the latest possible expiry
        // when the subid was learnt from a later send (reconciliation): the platform created it
        // no earlier than the first send, so expires_at = first_sent_at + ttl is never late.
        {
            QStringLiteral("ALTER TABLE bindings ADD COLUMN first_sent_at BIGINT"),
            QStringLiteral("ALTER TABLE bindings ADD COLUMN expires_latest_at BIGINT"),
        },
        // 6: settings of the data folder itself, shared by every program that opens it (the
        // secret backend chosen for the folder). Never a secret.
        {
            QStringLiteral(R"(CREATE TABLE ledger_meta (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at BIGINT NOT NULL))"),
        },
        // 7: history at scale. The console keeps only the working set in memory (open rows and
        // the recently ended) and pages the rest from here, so both need an index; number and
        // subid search is answered from a trigram index kept in step by the ledger's own writes
        // (SQLite: an FTS5 table fed by triggers; PostgreSQL: pg_trgm, where it is installed).
        // retention_days (per profile): how long real numbers of ended bindings are kept
        // (NULL = forever); hashes of erased numbers let a desk still find them.
        {
            QStringLiteral("CREATE INDEX bindings_open ON bindings(id) WHERE {{OPEN}}"),
            QStringLiteral("CREATE INDEX bindings_ended ON bindings(updated_at)"),
            QStringLiteral("CREATE INDEX bindings_created ON bindings(created_at, id)"),
            QStringLiteral("ALTER TABLE profiles ADD COLUMN retention_days INTEGER DEFAULT 180"),
            QStringLiteral("ALTER TABLE bindings ADD COLUMN erased_at BIGINT"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN erased_at BIGINT"),
            // A keyed hash (HMAC-SHA256, hex; the key is in the secret store) of each real
            // number retention erased, so a desk can still find the binding by its full number.
            QStringLiteral(R"(CREATE TABLE erased_numbers (
                hash TEXT NOT NULL,
                binding_id BIGINT NOT NULL REFERENCES bindings(id) ON DELETE CASCADE,
                PRIMARY KEY (hash, binding_id)))"),
            QStringLiteral("{{SQLITE}}CREATE VIRTUAL TABLE bindings_fts USING fts5(x, anum, bnum, "
                           "subid, content='bindings', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("{{SQLITE}}INSERT INTO bindings_fts(bindings_fts) VALUES ('rebuild')"),
            QStringLiteral(R"({{SQLITE}}CREATE TRIGGER bindings_fts_insert AFTER INSERT ON bindings
                BEGIN
                    INSERT INTO bindings_fts(rowid, x, anum, bnum, subid)
                    VALUES (new.id, new.x, new.anum, new.bnum, new.subid);
                END)"),
            QStringLiteral(R"({{SQLITE}}CREATE TRIGGER bindings_fts_delete AFTER DELETE ON bindings
                BEGIN
                    INSERT INTO bindings_fts(bindings_fts, rowid, x, anum, bnum, subid)
                    VALUES ('delete', old.id, old.x, old.anum, old.bnum, old.subid);
                END)"),
            QStringLiteral(R"({{SQLITE}}CREATE TRIGGER bindings_fts_update
                AFTER UPDATE OF x, anum, bnum, subid ON bindings
                BEGIN
                    INSERT INTO bindings_fts(bindings_fts, rowid, x, anum, bnum, subid)
                    VALUES ('delete', old.id, old.x, old.anum, old.bnum, old.subid);
                    INSERT INTO bindings_fts(rowid, x, anum, bnum, subid)
                    VALUES (new.id, new.x, new.anum, new.bnum, new.subid);
                END)"),
            // pg_trgm ships with Debian's postgresql (contrib) and is a trusted extension, so
            // the database owner may create it. Where it is missing, search still works (a
            // scan): the block catches the failure in its own subtransaction.
            QStringLiteral(R"({{PG}}DO $$
                BEGIN
                    CREATE EXTENSION IF NOT EXISTS pg_trgm;
                    CREATE INDEX bindings_trgm ON bindings USING gin (({{SEARCH}}) gin_trgm_ops);
                EXCEPTION WHEN OTHERS THEN
                    RAISE NOTICE 'pg_trgm is not available: number search scans';
                END
                $$)"),
        },
        // 8: the statistics rollups (see statisticsRollups above), filled from the rows already
        // there and kept in step by triggers, in the writer's own transaction.
        statisticsRollups(),
        // 9: who did what. Every audit row names the desk that wrote it (OS user @ host, or
        // $PN_DESK: core/deskidentity.h) and the profile's name at the time, so the row still
        // says which profile after it was renamed or removed. Older rows keep an empty desk.
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN desk TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE audit_log ADD COLUMN profile_name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE audit_log SET profile_name = COALESCE((SELECT name FROM "
                           "profiles WHERE profiles.id = audit_log.profile_id), '')"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
            QStringLiteral("CREATE INDEX audit_log_desk ON audit_log(desk, id)"),
            QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, id)"),
        },
        // 10: the exact change feed and live updates on PostgreSQL (ledgerfeed.cpp): every
        // write that bumps rev stamps the row with its transaction (rev_xid) and sends NOTIFY
        // pn_ledger with the table's name (delivered at commit, once per transaction and table).
        // SQLite needs neither (one writer at a time; readers poll). Written to run again over
        // itself (a ledger taken back to an older version by hand).
        {
            QStringLiteral("{{PG}}ALTER TABLE bindings ADD COLUMN IF NOT EXISTS rev_xid xid8"),
            QStringLiteral("{{PG}}ALTER TABLE transfers ADD COLUMN IF NOT EXISTS rev_xid xid8"),
            QStringLiteral(
                "{{PG}}CREATE INDEX IF NOT EXISTS bindings_rev_xid ON bindings(rev_xid)"),
            QStringLiteral(
                "{{PG}}CREATE INDEX IF NOT EXISTS transfers_rev_xid ON transfers(rev_xid)"),
            QStringLiteral(R"({{PG}}CREATE OR REPLACE FUNCTION pn_feed_mark() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' OR NEW.rev IS DISTINCT FROM OLD.rev THEN
                        NEW.rev_xid := pg_current_xact_id();
                        PERFORM pg_notify('pn_ledger', TG_TABLE_NAME);
                    END IF;
                    RETURN NEW;
                END $$)"),
            QStringLiteral("{{PG}}DROP TRIGGER IF EXISTS bindings_feed ON bindings"),
            QStringLiteral("{{PG}}DROP TRIGGER IF EXISTS transfers_feed ON transfers"),
            QStringLiteral("{{PG}}CREATE TRIGGER bindings_feed BEFORE INSERT OR UPDATE ON "
                           "bindings FOR EACH ROW EXECUTE FUNCTION pn_feed_mark()"),
            QStringLiteral("{{PG}}CREATE TRIGGER transfers_feed BEFORE INSERT OR UPDATE ON "
                           "transfers FOR EACH ROW EXECUTE FUNCTION pn_feed_mark()"),
        },
        // 11: the recordings archive (RecordingArchive), whose tables older programs created on
        // first use (hence IF NOT EXISTS: a ledger that has them keeps them and their rows),
        // and the profile a rejected callback was meant for, where it can be told (the
        // receiver's profile, else the subid or devid in its body; NULL = unknown).
        {
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS recordings (
                taskid TEXT PRIMARY KEY,
                profile_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'queued',
                bytes BIGINT NOT NULL DEFAULT 0,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_try_at BIGINT NOT NULL DEFAULT 0,
                begin_time BIGINT NOT NULL DEFAULT 0,
                updated_at BIGINT NOT NULL DEFAULT 0,
                error TEXT NOT NULL DEFAULT '',
                file TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS recordings_due ON recordings(state, next_try_at)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS recording_policies (
                profile_id BIGINT PRIMARY KEY,
                enabled INTEGER NOT NULL DEFAULT 0,
                max_bytes BIGINT NOT NULL,
                keep_days INTEGER NOT NULL,
                updated_at BIGINT NOT NULL))"),
            QStringLiteral("ALTER TABLE rejected_callbacks ADD COLUMN profile_id BIGINT"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS rejected_callbacks_at ON "
                           "rejected_callbacks(received_at)"),
        },
        // 12: retention at scale. The keyed hash of an erased number becomes the first 8 bytes
        // of its HMAC-SHA256 as a signed 64-bit integer (big-endian), in a table kept in its key's
        // order (SQLite: WITHOUT ROWID), instead of 64 hex characters in a table plus its
        // primary-key index: about 30 B per erased binding instead of about 300 B. A false
        // match needs a 64-bit collision with one of the ledger's hashes. The rows already
        // there are converted. And a partial index over exactly the rows a run still has to
        // erase, so each batch reads only those (the erased leave it).
        {
            QStringLiteral(R"(CREATE TABLE erased_numbers12 (
                hash BIGINT NOT NULL,
                binding_id BIGINT NOT NULL REFERENCES bindings(id) ON DELETE CASCADE,
                PRIMARY KEY (hash, binding_id)){{WITHOUT_ROWID}})"),
            QStringLiteral("{{SQLITE}}INSERT INTO erased_numbers12 (hash, binding_id) SELECT "
                           "{{HEX64}}, binding_id FROM erased_numbers WHERE length(hash) = 64 "
                           "ON CONFLICT DO NOTHING"),
            QStringLiteral("{{PG}}INSERT INTO erased_numbers12 (hash, binding_id) SELECT "
                           "('x' || substr(hash, 1, 16))::bit(64)::bigint, binding_id FROM "
                           "erased_numbers WHERE length(hash) = 64 ON CONFLICT DO NOTHING"),
            QStringLiteral("DROP TABLE erased_numbers"),
            QStringLiteral("ALTER TABLE erased_numbers12 RENAME TO erased_numbers"),
            QStringLiteral("CREATE INDEX bindings_retention ON bindings(profile_id, updated_at) "
                           "WHERE {{DUE}}"),
        },
        // 13: live Calls, Requests and Audit views on PostgreSQL: a statement that writes CDRs,
        // request-log lines or audit rows sends NOTIFY pn_ledger with the table's name (at
        // commit, once per transaction and table, however many rows). SQLite needs none (one
        // writer at a time; readers poll). Written to run again over itself.
        {
            QStringLiteral(R"({{PG}}CREATE OR REPLACE FUNCTION pn_feed_notify() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('pn_ledger', TG_TABLE_NAME);
                    RETURN NULL;
                END $$)"),
            QStringLiteral("{{PG}}DROP TRIGGER IF EXISTS calls_notify ON calls"),
            QStringLiteral("{{PG}}DROP TRIGGER IF EXISTS request_log_notify ON request_log"),
            QStringLiteral("{{PG}}DROP TRIGGER IF EXISTS audit_log_notify ON audit_log"),
            QStringLiteral("{{PG}}CREATE TRIGGER calls_notify AFTER INSERT OR UPDATE ON calls "
                           "FOR EACH STATEMENT EXECUTE FUNCTION pn_feed_notify()"),
            QStringLiteral("{{PG}}CREATE TRIGGER request_log_notify AFTER INSERT ON request_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION pn_feed_notify()"),
            QStringLiteral("{{PG}}CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION pn_feed_notify()"),
        },
        // 14: the Statistics tab at scale (CallsArchive). The active bindings per X read from
        // an index alone (state, then the profile and appid a view narrows to, then the X
        // counted), and the App ID list as one seek per profile and appid instead of a scan of
        // every hourly rollup row.
        {
            QStringLiteral("CREATE INDEX IF NOT EXISTS bindings_active_x ON "
                           "bindings(state, profile_id, appid, x)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS stats_hourly_appid ON "
                           "stats_hourly(profile_id, appid)"),
        },
        // 15: a bulk job is run by one program at a time (BulkJobStore::claim): who runs it
        // (shown to whoever else tries), on which computer and process (a holder on this
        // computer whose process is gone frees it at once), and until when the claim lasts
        // unless renewed (a holder elsewhere that stopped answering frees it then).
        {
            QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN runner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN runner_host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN runner_pid BIGINT NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE bulk_jobs ADD COLUMN runner_until BIGINT NOT NULL "
                           "DEFAULT 0"),
        },
    };
    return list;
}

QString translate(QString sql, LedgerSchema::Dialect dialect)
{
    sql.replace(QStringLiteral("{{PK}}"),
                dialect == LedgerSchema::Dialect::PostgreSQL
                    ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QStringLiteral("{{OPEN}}"), LedgerSchema::openBindingsClause());
    // SQLite: a table kept in its primary key's order (range scans read it in place).
    sql.replace(QStringLiteral("{{WITHOUT_ROWID}}"), dialect == LedgerSchema::Dialect::SQLite
                                                         ? QStringLiteral(" WITHOUT ROWID")
                                                         : QString());
    sql.replace(QStringLiteral("{{SEARCH}}"), LedgerSchema::searchTextExpression());
    sql.replace(QStringLiteral("{{DUE}}"), LedgerSchema::retentionDueClause());
    if (sql.contains(QStringLiteral("{{HEX64}}"))) {
        // The signed 64-bit integer of hash's first 16 hex digits (SQLite 3.40 has no unhex()):
        // each digit's value shifted into place; << wraps into the sign bit as a C int64 does.
        QStringList digits;
        for (int k = 0; k < 16; ++k)
            digits << QStringLiteral("((instr('0123456789abcdef', lower(substr(hash, %1, 1))) - "
                                     "1) << %2)")
                          .arg(k + 1)
                          .arg(60 - 4 * k);
        sql.replace(QStringLiteral("{{HEX64}}"), u'(' + digits.join(QStringLiteral(" | ")) + u')');
    }
    return sql;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = LedgerSchema::tr("Ledger database error: %1 (in: %2)")
                     .arg(q.lastError().text(), sql.simplified().left(120));
    return false;
}

} // namespace

int LedgerSchema::latestVersion()
{
    return int(migrations().size());
}

bool LedgerSchema::applyMigration(QSqlDatabase &db, int version, QString *error)
{
    if (version < 1 || version > latestVersion() || !beginWrite(db, error))
        return false;
    const Dialect dialect = dialectOf(db);
    for (QString statement : migrations().at(version - 1)) {
        if (statement.startsWith(QLatin1StringView("{{PG}}"))) {
            if (dialect != Dialect::PostgreSQL)
                continue;
            statement.remove(0, 6);
        } else if (statement.startsWith(QLatin1StringView("{{SQLITE}}"))) {
            if (dialect != Dialect::SQLite)
                continue;
            statement.remove(0, 10);
        }
        if (!exec(db, translate(statement, dialect), error)) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return exec(db, QStringLiteral("COMMIT"), error);
}

int LedgerSchema::recordingsVersion()
{
    for (qsizetype i = 0; i < migrations().size(); ++i) {
        if (migrations().at(i).value(0).contains(
                QLatin1StringView("TABLE IF NOT EXISTS recordings")))
            return int(i) + 1;
    }
    return 0;
}

int LedgerSchema::statisticsRollupsVersion()
{
    for (qsizetype i = 0; i < migrations().size(); ++i) {
        if (migrations().at(i).value(0).contains(QLatin1StringView("CREATE TABLE stats_hourly")))
            return int(i) + 1;
    }
    return 0;
}

LedgerSchema::Dialect LedgerSchema::dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1StringView("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

bool LedgerSchema::configureConnection(QSqlDatabase &db, QString *error)
{
    if (dialectOf(db) == Dialect::PostgreSQL) // quiet "already exists, skipping" notices
        return exec(db, QStringLiteral("SET client_min_messages TO WARNING"), error);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=10000",
                               // Deleted and overwritten content is zeroed, so numbers
                               // retention erases leave no stale copies in free space.
                               "PRAGMA secure_delete=ON"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

int LedgerSchema::currentVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const auto failed = [&] {
        if (error)
            *error = q.lastError().text();
        return -1;
    };
    if (dialectOf(db) == Dialect::SQLite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return failed();
    }
    // A desk's role has data rights only: it may not even run CREATE TABLE IF NOT EXISTS, so
    // the table is created only when it is missing (by the role that creates the schema).
    if (!q.exec(QStringLiteral("SELECT to_regclass('pn_schema') IS NOT NULL")) || !q.next())
        return failed();
    const bool exists = q.value(0).toBool();
    q.finish();
    if (!exists &&
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS pn_schema (version INTEGER NOT NULL)")))
        return failed();
    if (q.exec(QStringLiteral("SELECT version FROM pn_schema")) && q.next())
        return q.value(0).toInt();
    return 0;
}

namespace {
// pg_advisory_xact_lock key of schema migrations ("pnmigr").
constexpr qint64 kMigrationLock = 0x706e6d696772;
} // namespace

bool LedgerSchema::migrate(QSqlDatabase &db, QString *error)
{
    const Dialect dialect = dialectOf(db);
    // PostgreSQL: programs starting at once on a server migrate one after the other, from the
    // first look at pn_schema on (a session lock, released on every way out).
    if (dialect == Dialect::PostgreSQL &&
        !exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock), error))
        return false;
    struct Unlock
    {
        QSqlDatabase &db;
        bool active;
        ~Unlock()
        {
            if (active)
                exec(db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock),
                     nullptr);
        }
    } unlock{db, dialect == Dialect::PostgreSQL};
    QString why;
    int version = currentVersion(db, &why);
    if (version < 0) {
        if (error)
            *error = why.contains(QLatin1StringView("permission denied"))
                         ? tr("This database role may not create the ledger's schema (%1). Let "
                              "the administrator run `pnctl ledger migrate` as the schema's "
                              "owner first.")
                               .arg(why)
                         : tr("Cannot read the ledger's schema version: %1").arg(why);
        return false;
    }
    if (version > latestVersion()) {
        if (error)
            *error = tr("The ledger was written by a newer version of this program (schema %1, "
                        "this program knows %2). Update the program.")
                         .arg(version)
                         .arg(latestVersion());
        return false;
    }
    while (version < latestVersion()) {
        // SQLite: BEGIN IMMEDIATE takes the write lock now, so two programs opening a fresh
        // ledger at once do not both migrate.
        if (dialect == Dialect::SQLite) {
            if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
                return false;
        } else if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        const int now = currentVersion(db);
        if (now != version) { // someone else migrated meanwhile
            exec(db, QStringLiteral("COMMIT"), nullptr);
            version = now;
            continue;
        }
        bool ok = true;
        for (QString statement : migrations().at(version)) {
            if (statement.startsWith(QLatin1StringView("{{PG}}"))) {
                if (dialect != Dialect::PostgreSQL)
                    continue;
                statement.remove(0, 6);
            } else if (statement.startsWith(QLatin1StringView("{{SQLITE}}"))) {
                if (dialect != Dialect::SQLite)
                    continue;
                statement.remove(0, 10);
            }
            if (!exec(db, translate(statement, dialect), error)) {
                ok = false;
                break;
            }
        }
        const int next = version + 1;
        if (ok) {
            ok = dialect == Dialect::SQLite
                     ? exec(db, QStringLiteral("PRAGMA user_version=%1").arg(next), error)
                     : exec(db, QStringLiteral("DELETE FROM pn_schema"), error) &&
                           exec(db,
                                QStringLiteral("INSERT INTO pn_schema(version) VALUES (%1)")
                                    .arg(next),
                                error);
        }
        if (!ok) {
            exec(db, QStringLiteral("ROLLBACK"), nullptr);
            if (error && dialect == Dialect::PostgreSQL &&
                error->contains(QLatin1StringView("permission denied")))
                *error = tr("The ledger's schema is at version %1 and this program needs %2, but "
                            "this database role may not change the schema (%3). Let the "
                            "administrator run `pnctl ledger migrate` as the schema's owner.")
                             .arg(version)
                             .arg(latestVersion())
                             .arg(*error);
            return false;
        }
        if (!exec(db, QStringLiteral("COMMIT"), error))
            return false;
        version = next;
    }
    return true;
}

QString LedgerSchema::nextRevExpression(const QSqlDatabase &db, const QString &table)
{
    if (dialectOf(db) == Dialect::PostgreSQL)
        return QStringLiteral("nextval('%1_rev_seq')").arg(table);
    return QStringLiteral("(SELECT COALESCE(MAX(rev), 0) + 1 FROM %1)").arg(table);
}

bool LedgerSchema::beginWrite(QSqlDatabase &db, QString *error)
{
    if (dialectOf(db) == Dialect::SQLite)
        return exec(db, QStringLiteral("BEGIN IMMEDIATE"), error);
    if (db.transaction())
        return true;
    if (error)
        *error = db.lastError().text();
    return false;
}

QString LedgerSchema::openBindingsClause()
{
    // Spelled exactly like this in the partial index and in every query that should use it.
    return QStringLiteral("(state IN ('pending','active') OR "
                          "(state = 'expired' AND release_requested_at IS NOT NULL))");
}

QString LedgerSchema::retentionDueClause()
{
    // Spelled exactly like this in the partial index bindings_retention and in the queries of
    // retention that should use it.
    return QStringLiteral("erased_at IS NULL AND state IN ('released','expired','failed')");
}

int LedgerSchema::narrowHashesVersion()
{
    for (qsizetype i = 0; i < migrations().size(); ++i) {
        if (migrations().at(i).value(0).contains(QLatin1StringView("TABLE erased_numbers12")))
            return int(i) + 1;
    }
    return 0;
}

QString LedgerSchema::searchTextExpression()
{
    return QStringLiteral("(x || ' ' || anum || ' ' || bnum || ' ' || COALESCE(subid, ''))");
}

QString LedgerSchema::insertIgnoring(const QString &table, const QStringList &columns,
                                     const QStringList &conflictColumns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns.join(u','), marks.join(u','), conflictColumns.join(u','));
}

} // namespace pn
