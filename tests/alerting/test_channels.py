"""Channels against real local receivers: exact payload shapes, signatures, retries, isolation."""

from __future__ import annotations

import base64
import email
import hashlib
import hmac
import time
import urllib.parse
from datetime import UTC, datetime
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from alerting.errors import ChannelError
from alerting.notify import AlertNotice, Dispatcher, Recipients, build_dispatcher
from alerting.notify.channels import ChannelsFile
from alerting.notify.dingtalk import DingTalkNotifier
from alerting.notify.email import EmailNotifier
from alerting.notify.webhook import WebhookNotifier
from alerting.notify.wecom import WeComNotifier
from tests.devtools.ports import free_port

NOTICE = AlertNotice(
    id="a1b2c3",
    kind="rule",
    rule="较大及以上事件",
    level="一级",
    title="虎山街道一居民楼发生火灾",
    summary="事件等级：较大。共 5 条",
    created_at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
    event_id=7,
    units=("hushan",),
    grade="较大",
)
WHO = Recipients.from_contacts(
    "责任单位",
    [
        {"wecom_mentions": ["zhangsan"], "dingtalk_mobiles": ["13800000001"], "emails": ["a@example.cn"]},
        {"wecom_mentions": ["lisi", "zhangsan"], "wecom_mobiles": ["13900000002"], "emails": ["b@example.cn"]},
    ],
)


def test_recipients_merge_contacts_without_duplicates():
    assert WHO.wecom_userids == ("zhangsan", "lisi")
    assert WHO.emails == ("a@example.cn", "b@example.cn")


def test_wecom_markdown_mentions_userids_in_content(receiver):
    WeComNotifier("wecom", receiver.url("/cgi-bin/webhook/send?key=K")).send(NOTICE, WHO)
    (req,) = receiver.to("/cgi-bin/webhook/send")
    body = req.json()
    assert set(body) == {"msgtype", "markdown"} and body["msgtype"] == "markdown"
    assert set(body["markdown"]) == {"content"}
    content = body["markdown"]["content"]
    assert "<@zhangsan> <@lisi>" in content and "虎山街道一居民楼发生火灾" in content
    assert req.headers["content-type"].startswith("application/json")


def test_wecom_text_uses_mentioned_lists(receiver):
    WeComNotifier("wecom", receiver.url("/wecom"), msgtype="text").send(NOTICE, WHO)
    body = receiver.to("/wecom")[0].json()
    assert body["msgtype"] == "text"
    assert body["text"]["mentioned_list"] == ["zhangsan", "lisi"]
    assert body["text"]["mentioned_mobile_list"] == ["13900000002"]
    assert body["text"]["content"].startswith("【舆情预警·一级】")


def test_dingtalk_markdown_and_signed_query(receiver):
    secret = "SECtest-secret"
    DingTalkNotifier(
        "dingtalk", receiver.url("/robot/send?access_token=T"), secret=secret, clock_ms=lambda: 1763863200000
    ).send(NOTICE, WHO)
    (req,) = receiver.to("/robot/send")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(req.path).query)
    assert query["access_token"] == ["T"] and query["timestamp"] == ["1763863200000"]
    expected = base64.b64encode(
        hmac.new(secret.encode(), f"1763863200000\n{secret}".encode(), hashlib.sha256).digest()
    ).decode()
    assert query["sign"] == [expected]  # parse_qs undoes the URL encoding
    body = req.json()
    assert set(body) == {"msgtype", "markdown", "at"}
    assert body["msgtype"] == "markdown"
    assert set(body["markdown"]) == {"title", "text"}
    assert body["at"] == {"atMobiles": ["13800000001"], "isAtAll": False}
    assert "@13800000001" in body["markdown"]["text"]


def test_webhook_is_signed_over_timestamp_and_body(receiver):
    WebhookNotifier("webhook", receiver.url("/hook"), secret="s3cret", clock_s=lambda: 1763863200).send(NOTICE, WHO)
    (req,) = receiver.to("/hook")
    assert req.headers["x-yuqing-timestamp"] == "1763863200"
    mac = hmac.new(b"s3cret", b"1763863200." + req.body, hashlib.sha256).hexdigest()
    assert req.headers["x-yuqing-signature"] == f"sha256={mac}"
    body = req.json()
    assert body["id"] == "a1b2c3" and body["level"] == "一级" and body["units"] == ["hushan"]
    assert body["recipients"]["emails"] == ["a@example.cn", "b@example.cn"]


class _Sink:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_sink():
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield sink, controller.port
    controller.stop()


def test_email_over_smtp(smtp_sink):
    sink, port = smtp_sink
    EmailNotifier("email", "127.0.0.1", port, sender="yuqing@example.cn").send(NOTICE, WHO)
    ((mail_from, rcpt, content),) = sink.messages
    assert mail_from == "yuqing@example.cn" and rcpt == ["a@example.cn", "b@example.cn"]
    msg = email.message_from_bytes(content, policy=default_policy)
    assert msg["Subject"] == "【舆情预警·一级】虎山街道一居民楼发生火灾"
    assert "责任单位：hushan" in msg.get_content()


def test_failing_and_hanging_receivers_are_retried_reported_and_do_not_block_others(receiver, smtp_sink):
    sink, port = smtp_sink
    receiver.modes["/broken"] = "fail"
    receiver.modes["/hangs"] = "hang"
    slept: list[float] = []
    dispatcher = Dispatcher(
        {
            "broken": WebhookNotifier("broken", receiver.url("/broken")),
            "hangs": WeComNotifier("hangs", receiver.url("/hangs"), timeout_s=0.5),
            "good": WebhookNotifier("good", receiver.url("/good"), secret="x"),
            "email": EmailNotifier("email", "127.0.0.1", port, sender="yuqing@example.cn"),
        },
        retries=3,
        backoff_s=0.25,
        sleep=slept.append,
    )
    started = time.monotonic()
    results = {r.channel: r for r in dispatcher.send(NOTICE, WHO, ["broken", "hangs", "good", "email", "nope"])}
    assert time.monotonic() - started < 3.0
    assert results["broken"].status == "failed" and results["broken"].attempts == 3
    assert "HTTP 500" in (results["broken"].error or "")
    assert results["hangs"].status == "failed" and results["hangs"].attempts == 3
    assert results["good"].status == "sent" and results["good"].attempts == 1
    assert results["email"].status == "sent" and len(sink.messages) == 1
    assert results["nope"].status == "skipped"
    assert len(receiver.to("/broken")) == 3
    assert sorted(slept) == [0.25, 0.25, 0.5, 0.5]


def test_build_dispatcher_reads_urls_and_secrets_from_the_environment(receiver):
    config = ChannelsFile.model_validate(
        {
            "channels": {
                "desk_feed": {"type": "desk_feed"},
                "wecom": {"type": "wecom", "url_env": "WECOM_URL"},
                "dingtalk": {"type": "dingtalk", "enabled": False, "url": "http://127.0.0.1:9/x"},
                "webhook": {"type": "webhook", "url_env": "UNSET_URL"},
            }
        }
    )
    dispatcher = build_dispatcher(config, environ={"WECOM_URL": receiver.url("/w")})
    assert sorted(dispatcher.channels) == ["wecom"]
    assert [r.status for r in dispatcher.send(NOTICE, WHO)] == ["sent"]


def _self_signed(tmp_path):
    import ipaddress
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_email_with_starttls(tmp_path):
    import ssl

    cert, key = _self_signed(tmp_path)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port(), tls_context=server_ctx, require_starttls=True)
    controller.start()
    try:
        plain = EmailNotifier("email", "127.0.0.1", controller.port, sender="yuqing@example.cn")
        with pytest.raises(ChannelError, match="530"):
            plain.send(NOTICE, WHO)  # the server refuses mail before STARTTLS
        client_ctx = ssl.create_default_context(cafile=str(cert))
        EmailNotifier(
            "email", "127.0.0.1", controller.port, sender="yuqing@example.cn", tls="starttls", ssl_context=client_ctx
        ).send(NOTICE, WHO)
    finally:
        controller.stop()
    assert len(sink.messages) == 1


def test_wecom_content_is_bounded_and_scraped_text_cannot_mention_people(receiver):
    from dataclasses import replace

    hostile = replace(NOTICE, title="<@all> 标题" + "长" * 3000, summary="<font color='red'>x</font>")
    WeComNotifier("wecom", receiver.url("/w")).send(hostile, WHO)
    content = receiver.to("/w")[0].json()["markdown"]["content"]
    assert len(content.encode("utf-8")) <= 4096
    assert "<@all>" not in content and "＜@all＞" in content
    assert content.endswith("<@zhangsan> <@lisi>")
