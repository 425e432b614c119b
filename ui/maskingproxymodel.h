#pragma once

#include <QIdentityProxyModel>
#include <QSet>

namespace pn {

// Masks real phone numbers (A, B, callers) in the chosen columns for display, tool tips and
// copies: "138****5678" through pn::maskNumber. A row can be revealed on its own (remembered by
// a key column, e.g. the reqid, so the reveal survives sorting and filtering) or every row for
// the session. Each reveal is announced through rowRevealed()/revealAllChanged() so the window
// writes it to the audit log. Filtering happens below this proxy, on the real numbers, so a
// search for the full number still finds the masked row.
class MaskingProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit MaskingProxyModel(QObject *parent = nullptr);

    void setMaskedColumns(const QList<int> &columns);
    QList<int> maskedColumns() const { return m_columns; }
    // The row's identity: data(row, keyColumn, keyRole), e.g. the ledger id.
    void setKey(int column, int role)
    {
        m_keyColumn = column;
        m_keyRole = role;
    }

    bool isMasked(const QModelIndex &index) const;
    bool isRevealed(const QModelIndex &index) const;
    bool isKeyRevealed(const QString &key) const { return m_revealAll || m_revealed.contains(key); }
    QString keyOf(const QModelIndex &index) const;
    // Reveals the row of `index`; does nothing if already revealed.
    void revealRow(const QModelIndex &index);
    void setRevealAll(bool revealAll);
    bool revealAll() const { return m_revealAll; }
    // Masks everything again (per-row reveals forgotten, session reveal off).
    void maskAll();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rowRevealed(const QString &key);
    void revealAllChanged(bool revealAll);

private:
    void emitAllChanged();

    QList<int> m_columns;
    int m_keyColumn = 0;
    int m_keyRole = Qt::DisplayRole;
    QSet<QString> m_revealed;
    bool m_revealAll = false;
};

} // namespace pn
