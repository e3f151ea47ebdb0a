# corpus: modelled-on=docs build image installing pandoc from a GitHub release .deb saved as /tmp/pkg.deb
# corpus: expect=AL301@11,AL302@17
FROM python:3.12-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates make texlive-xetex fonts-dejavu \
 && rm -rf /var/lib/apt/lists/*

ARG PANDOC_VERSION=3.1.11.1
RUN curl -fsSL -o /tmp/pkg.deb \
      https://github.com/jgm/pandoc/releases/download/${PANDOC_VERSION}/pandoc-${PANDOC_VERSION}-1-amd64.deb

COPY requirements-docs.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements-docs.txt

# install later so the pip layer above stays cached when pandoc is bumped
RUN dpkg -i /tmp/pkg.deb \
 && rm -f /tmp/pkg.deb \
 && pandoc --version

WORKDIR /docs
COPY . .
CMD ["make", "html"]
