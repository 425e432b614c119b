#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pn {

// Chooses and installs the interface language. The catalogs live in the pn_i18n library under
// :/i18n/pnconsole_<lang>.qm; the programs link it.
class Language final
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    static QStringList available(); // {"en", "zh_CN"}
    // The first of: the command-line choice, the saved setting, the system locale; falling back
    // to English. Unknown names are ignored.
    static QString resolve(const QString &commandLine, const QString &setting,
                           const QString &systemLocaleName);
    // Removes the previous translators this class installed and installs those for `lang`
    // (the application's catalog and Qt's own). Returns false if the catalog is missing.
    static bool install(const QString &lang);
    static QString current();
    // Whether Qt's own catalog (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, Debian
    // package qt6-translations-l10n) was found for the current language; English needs none.
    static bool qtTranslationsLoaded();
    // The language's name in itself: "English", "中文".
    static QString nativeName(const QString &lang);
};

} // namespace pn
