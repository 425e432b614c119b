#pragma once

#include "profiles/profilestore.h"

#include <QString>

namespace pn {

// The colour of each environment in the console (profile bar, profile box, profiles list), so
// that a production profile can never be mistaken for a test one: red, blue, green. A matter
// of the GUI only: pnctl names the environment in words.
// 0xAARRGGBB, usable as a QRgb: QColor(pn::environmentColor(env)).
quint32 environmentColor(Environment env);
QString environmentColorName(Environment env); // "#c62828"

} // namespace pn
