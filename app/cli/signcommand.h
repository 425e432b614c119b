#pragma once

#include "cli/command.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pn::cli {

// Exit codes shared by every pnctl command.
enum ExitCode { ExitOk = 0, ExitPlatformError = 1, ExitUsage = 2, ExitNetwork = 3 };

class KeyInput final
{
    Q_DECLARE_TR_FUNCTIONS(KeyInput)

public:
    // Reads an auth key from a file ("-" = standard input), dropping one trailing line break.
    // The key is never echoed; errors name the file, not its contents.
    static std::optional<QByteArray> readKeyFile(const QString &path, QString *error);
};

// `pnctl sign --devid D --key-file F [--ts MS]`: prints the Authorization header value.
class SignCommand final : public Command
{
public:
    SignCommand()
        : Command("sign",
                  QT_TRANSLATE_NOOP("pnctl", "print the Keytime Authorization header value"))
    {}
    int run(const QStringList &arguments, const GlobalOptions &globals) override;
};

} // namespace pn::cli
