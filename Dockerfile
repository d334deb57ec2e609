# One image for every stage: `docker compose` runs it as collect, classify, alert and serve.

# The web pages' chart library (Apache ECharts and its word cloud) from the npm registry, at the
# versions pinned by service/web/assets/package-lock.json (as scripts/web-assets.sh does): the
# service serves them itself, no CDN.
FROM node:20-slim AS web-assets
WORKDIR /assets
COPY service/web/assets/package.json service/web/assets/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    YUQING_DATA_DIR=/var/lib/yuqing

# Chinese glyphs for the PDF briefs (Noto Sans CJK from Debian's fonts-noto-cjk)
RUN apt-get update -q \
    && apt-get install -y -q --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

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
COPY --from=web-assets /assets/node_modules/echarts/dist/echarts.min.js \
     /assets/node_modules/echarts-wordcloud/dist/echarts-wordcloud.min.js \
     ./service/web/static/vendor/
RUN pip install . \
    && useradd --system --home-dir /var/lib/yuqing --create-home yuqing

USER yuqing
ENTRYPOINT ["yuqing"]
CMD ["--help"]
