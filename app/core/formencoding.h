#pragma once

#include "core/requests.h"

#include <QByteArray>

namespace pn {

// application/x-www-form-urlencoded as the platform parses it: UTF-8, every byte outside
// A-Z a-z 0-9 - . _ ~ percent-encoded, so '+' travels as %2B and a space as %20.
QByteArray formEncode(const FormFields &fields);
// The reverse, for servers: '+' is a space, %2B a plus; later duplicates of a key are kept in
// order. Returns std::nullopt if the body is not valid UTF-8 after decoding.
std::optional<FormFields> formDecode(const QByteArray &body);
// The value of the first field called `key`, or a null QString.
QString formValue(const FormFields &fields, const QString &key);

} // namespace pn
