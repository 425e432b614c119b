#include "core/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace pn {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString lang = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

QString canonical(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {};
    if (n.startsWith(QLatin1StringView("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (n.startsWith(QLatin1StringView("en"), Qt::CaseInsensitive) || n == u'C')
        return QStringLiteral("en");
    return {};
}
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Language::resolve(const QString &commandLine, const QString &setting,
                          const QString &systemLocaleName)
{
    for (const QString &candidate : {commandLine, setting, systemLocaleName}) {
        const QString c = canonical(candidate);
        if (!c.isEmpty())
            return c;
    }
    return QStringLiteral("en");
}

bool Language::install(const QString &lang)
{
    Installed &s = installed();
    const QString chosen = canonical(lang).isEmpty() ? QStringLiteral("en") : canonical(lang);
    for (auto *t : {s.app.get(), s.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    s.app.reset();
    s.qt.reset();
    s.lang = chosen;
    // Dates and numbers follow the language too ("2026年12月2日", not "2 Dec 2026" in a Chinese
    // sentence); English keeps the system's own locale (its date order, its separators).
    QLocale::setDefault(chosen == QLatin1StringView("en") ? QLocale::system() : QLocale(chosen));
    // Qt's own strings first (OK, Cancel, the file dialog), then the console's catalog, as
    // qBittorrent's Application::initializeTranslation() does; the last installed is asked first.
    auto qt = std::make_unique<QTranslator>();
    if (chosen != QLatin1StringView("en") &&
        qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    } else if (chosen != QLatin1StringView("en")) {
        qWarning("Qt's own translations (qtbase_%s.qm) are not installed in %s: OK, Cancel and "
                 "the file dialog stay English (Debian: qt6-translations-l10n)",
                 qUtf8Printable(chosen),
                 qUtf8Printable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
    auto app = std::make_unique<QTranslator>();
    const bool ok = app->load(QStringLiteral(":/i18n/pnconsole_%1.qm").arg(chosen));
    if (ok) {
        QCoreApplication::installTranslator(app.get());
        s.app = std::move(app);
    }
    return ok;
}

bool Language::qtTranslationsLoaded()
{
    return installed().lang == QLatin1StringView("en") || installed().qt != nullptr;
}

QString Language::current()
{
    return installed().lang;
}

QString Language::nativeName(const QString &lang)
{
    return canonical(lang) == QLatin1StringView("zh_CN") ? QStringLiteral("中文")
                                                         : QStringLiteral("English");
}

} // namespace pn
