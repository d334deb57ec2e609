"""E-mail over SMTP (plain, STARTTLS or implicit TLS), one message to all addressed recipients."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from typing import Literal

from alerting.errors import AlertingConfigError, ChannelError
from alerting.notify.base import AlertNotice, Channel, ChannelEnv, ChannelSettings, ChannelType, Recipients


class EmailNotifier:
    def __init__(
        self,
        name: str,
        host: str,
        port: int,
        *,
        sender: str,
        tls: str = "none",
        username: str | None = None,
        password: str | None = None,
        timeout_s: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.name = name
        self.host, self.port = host, port
        self.sender = sender
        self.tls = tls
        self.username, self.password = username, password
        self.timeout_s = timeout_s
        self.ssl_context = ssl_context

    def message(self, notice: AlertNotice, recipients: Recipients) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = notice.heading
        msg["From"] = self.sender
        msg["To"] = ", ".join(recipients.emails)
        msg["X-Yuqing-Alert"] = notice.id
        msg.set_content("\n".join([notice.heading, "", *notice.lines()]), charset="utf-8")
        return msg

    def send(self, notice: AlertNotice, recipients: Recipients) -> None:
        if not recipients.emails:
            return
        context = self.ssl_context or ssl.create_default_context()
        try:
            if self.tls == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout_s, context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
            with smtp:
                if self.tls == "starttls":
                    smtp.starttls(context=context)
                if self.username and self.password:
                    smtp.login(self.username, self.password)
                smtp.send_message(self.message(notice, recipients))
        except smtplib.SMTPResponseException as exc:
            raise ChannelError(
                f"smtp {self.host}: {exc.smtp_code} {exc.smtp_error!r}",
                retryable=exc.smtp_code >= 400 and exc.smtp_code < 500,
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise ChannelError(f"smtp {self.host}:{self.port}: {type(exc).__name__}: {exc}") from exc


class EmailConfig(ChannelSettings):
    type: Literal["email"]
    smtp_host: str | None = None
    smtp_port: int = 25
    tls: Literal["none", "starttls", "ssl"] = "none"
    username_env: str | None = None
    password_env: str | None = None
    sender: str | None = None


def build_email(name: str, cfg: EmailConfig, env: ChannelEnv) -> Channel | None:
    """An enabled e-mail channel needs ``smtp_host`` and ``sender`` (a disabled one may lack them)."""
    if not cfg.smtp_host or not cfg.sender:
        raise AlertingConfigError(f"channels.yaml: {name}: e-mail needs smtp_host and sender")
    return EmailNotifier(
        name,
        cfg.smtp_host,
        cfg.smtp_port,
        sender=cfg.sender,
        tls=cfg.tls,
        username=env.get(cfg.username_env),
        password=env.get(cfg.password_env),
        timeout_s=cfg.timeout_s,
    )


EMAIL = ChannelType(EmailConfig, build_email)
