# corpus: modelled-on=JRuby/Rails on Debian OpenJDK with JAVA_HOME pinned to the amd64 jvm dir and an x86-only HotSpot flag
# corpus: expect=AL403@14,AL401@16
FROM debian:bookworm-slim

ENV JRUBY_VERSION=9.4.8.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates libjemalloc2 \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL https://repo1.maven.org/maven2/org/jruby/jruby-dist/${JRUBY_VERSION}/jruby-dist-${JRUBY_VERSION}-bin.tar.gz \
    | tar -xz -C /opt \
 && ln -s /opt/jruby-${JRUBY_VERSION} /opt/jruby

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=/opt/jruby/bin:$PATH
ENV JAVA_OPTS="-XX:+UseParallelGC -XX:MaxRAMPercentage=75 -XX:UseAVX=2"
ENV JRUBY_OPTS="--dev -J-Xss2m"

WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN gem install bundler -v 2.5.11 && bundle install --jobs 4
COPY . .
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-b", "tcp://0.0.0.0:3000"]
