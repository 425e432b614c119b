#pragma once

#include <QString>

namespace pn {

// Masks a real phone number for display and copies: the first three and last four digits stay,
// the middle becomes asterisks ("13800138000" → "138****8000"). Short numbers keep less.
QString maskNumber(const QString &number);

} // namespace pn
