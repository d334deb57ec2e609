# One image for every stage: `docker compose` runs it as collect, classify, alert and serve.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    YUQING_DATA_DIR=/var/lib/yuqing

WORKDIR /app
COPY pyproject.toml README.md LICENSE NOTICE THIRD_PARTY_NOTICES.md ./
COPY models ./models
COPY yuqing ./yuqing
COPY collectors ./collectors
COPY classifier ./classifier
COPY alerting ./alerting
COPY tracker ./tracker
COPY service ./service
COPY cli ./cli
RUN pip install . \
    && useradd --system --home-dir /var/lib/yuqing --create-home yuqing

USER yuqing
ENTRYPOINT ["yuqing"]
CMD ["--help"]
