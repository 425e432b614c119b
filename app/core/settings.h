#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace pn {

// One persisted setting: its key, its type and its default. Every setting of the programs is
// one of the constants in Settings below, so no key is spelled in two places.
template<typename T> class Setting final
{
public:
    constexpr Setting(const char *key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    {}

    QString key() const { return QString::fromLatin1(m_key); }
    T defaultValue() const { return m_default; }

    // From `settings`, else from the application's default QSettings.
    T value(const QSettings &settings) const
    {
        return settings.value(key(), QVariant::fromValue(m_default)).template value<T>();
    }
    T value() const { return value(QSettings()); }
    bool isSet(const QSettings &settings) const { return settings.contains(key()); }
    bool isSet() const { return isSet(QSettings()); }
    void setValue(QSettings &settings, const T &v) const
    {
        settings.setValue(key(), QVariant::fromValue(v));
    }
    void setValue(const T &v) const
    {
        QSettings settings;
        setValue(settings, v);
    }

private:
    const char *m_key;
    T m_default;
};

// The registry: every setting pnconsole and pnctl keep, with its default. They live in the
// console's QSettings (organization Organization, application ConsoleApplication); pnctl, which
// has an application name of its own, reads the console's language from there.
struct Settings final
{
    static constexpr const char *Organization = "PrivacyNumberConsole";
    static constexpr const char *ConsoleApplication = "pnconsole";

    // "zh_CN", "en" or empty (follow the system).
    static inline const Setting<QString> language{"ui/language"};
    // Seconds between automatic account refreshes; 0 = off.
    static inline const Setting<int> accountAutoRefreshSeconds{"ui/accountAutoRefreshSeconds", 0};
    // The Bindings tab's "expiring within" window (unset: the tab's own default).
    static inline const Setting<int> expiringWithinSeconds{"ui/expiringWithinSeconds", 0};
    // The Bindings tab holds ended bindings this many hours after they ended (the working
    // set); older ones are paged from the ledger on demand.
    static inline const Setting<int> workingSetHours{"ledger/workingSetHours", 24};
    // Window and table layout (opaque Qt state).
    static inline const Setting<QByteArray> geometry{"ui/geometry"};
    static inline const Setting<QByteArray> windowState{"ui/windowState"};
    static inline const Setting<QByteArray> bindingsColumns{"ui/bindingsColumns"};
    static inline const Setting<QByteArray> transfersColumns{"ui/transfersColumns"};
    static inline const Setting<QByteArray> requestLogColumns{"ui/requestLogColumns"};
    static inline const Setting<QByteArray> bindingsSplitter{"ui/bindingsSplitter"};
};

} // namespace pn
