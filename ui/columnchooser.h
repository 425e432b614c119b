#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;

namespace pn {

// Right-click on a table's header: a menu of its columns to show or hide (one always stays),
// remembered in QSettings under "ui/columns/<key>" (the hidden columns' numbers). Until the user
// chose, the columns in `hiddenByDefault` are hidden, so a table's default fits the screen.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    static ColumnChooser *install(QHeaderView *header, const QString &key,
                                  const QList<int> &hiddenByDefault = {});

    // The menu the header shows (for tests: trigger its actions).
    QMenu *menu();
    QString key() const { return m_key; }

private:
    ColumnChooser(QHeaderView *header, const QString &key, const QList<int> &hiddenByDefault);
    void apply();
    void save() const;
    void rebuild();

    QHeaderView *m_header;
    QString m_key;
    QList<int> m_defaultHidden;
    QMenu *m_menu = nullptr;
};

} // namespace pn
