# corpus: modelled-on=openstax/ci-image (rbenv + ruby-build via git) + astral uv Docker guide (COPY --from=ghcr.io/astral-sh/uv, uv python install)
# corpus: expect=
FROM debian:bookworm-slim

COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /uvx /usr/local/bin/

ENV RBENV_ROOT=/opt/rbenv \
    UV_PYTHON_INSTALL_DIR=/opt/python \
    UV_LINK_MODE=copy \
    PATH=/opt/rbenv/shims:/opt/rbenv/bin:$PATH

RUN apt-get update && apt-get install -y --no-install-recommends \
        autoconf bison build-essential ca-certificates curl git libffi-dev \
        libreadline-dev libssl-dev libyaml-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*

ARG RUBY_VERSION=3.3.4
RUN git clone --depth 1 https://github.com/rbenv/rbenv.git "$RBENV_ROOT" \
    && git clone --depth 1 https://github.com/rbenv/ruby-build.git "$RBENV_ROOT/plugins/ruby-build" \
    && if [ "$(uname -m)" = "x86_64" ]; then \
           export RUBY_CFLAGS="-O3 -march=x86-64-v2"; \
       fi \
    && rbenv install "$RUBY_VERSION" \
    && rbenv global "$RUBY_VERSION" \
    && gem install bundler --no-document

# uv fetches the python-build-standalone build for the running arch
# (cpython-3.12.x-linux-x86_64-gnu or cpython-3.12.x-linux-aarch64-gnu)
RUN uv python install 3.12 \
    && uv venv /opt/venv --python 3.12
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /repo
COPY Gemfile Gemfile.lock requirements.txt ./
RUN bundle install && uv pip install --python /opt/venv/bin/python -r requirements.txt
COPY . .
CMD ["bash"]
