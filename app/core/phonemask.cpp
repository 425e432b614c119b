#include "core/phonemask.h"

namespace pn {

QString maskNumber(const QString &number)
{
    const QString n = number.trimmed();
    const qsizetype len = n.size();
    if (len == 0)
        return n;
    if (len <= 4)
        return QString(len, u'*');
    qsizetype head = 3, tail = 4;
    if (len < 11) {
        head = len >= 8 ? 2 : 1;
        tail = len >= 8 ? 3 : 2;
    }
    if (n.startsWith(u'+') && len >= 12)
        head = 4;
    return n.left(head) + QString(len - head - tail, u'*') + n.right(tail);
}

} // namespace pn
