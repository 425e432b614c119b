#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pn {

// Asks for the key vault's master password and names the vault. A wrong password is said
// inline ("Wrong password, try again.") and the dialog stays open; Cancel changes nothing.
// Create asks for a new password twice; Change asks for the current one and a new one twice.
class VaultUnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Unlock, Create, Change };
    // Tries the password(s); false with *error (and *wrongPassword when that was the reason)
    // keeps the dialog open. `next` is empty in Unlock mode.
    using Attempt = std::function<bool(const QByteArray &password, const QByteArray &next,
                                       QString *error, bool *wrongPassword)>;

    VaultUnlockDialog(Mode mode, const QString &vaultPath, Attempt attempt,
                      QWidget *parent = nullptr);
    ~VaultUnlockDialog() override;

    Mode mode() const { return m_mode; }
    QString errorText() const;
    int failedAttempts() const { return m_failed; }
    // What OK does (also for tests).
    void submit();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void clearFields();

    Mode m_mode;
    QString m_path;
    Attempt m_attempt;
    int m_failed = 0;
    QString m_lastError;
    bool m_lastWrong = false;
    QLabel *m_intro = nullptr;
    QLabel *m_currentCaption = nullptr;
    QLabel *m_newCaption = nullptr;
    QLabel *m_repeatCaption = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pn
