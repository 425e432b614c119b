#include "ui/environmentcolors.h"

namespace pn {

quint32 environmentColor(Environment env)
{
    switch (env) {
    case Environment::Production:
        return 0xffc62828; // red: real money, real numbers
    case Environment::Test:
        return 0xff1565c0; // blue
    case Environment::Sandbox:
        return 0xff2e7d32; // green: nothing here leaves the computer
    }
    return 0xff1565c0;
}

QString environmentColorName(Environment env)
{
    return QStringLiteral("#%1").arg(environmentColor(env) & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace pn
