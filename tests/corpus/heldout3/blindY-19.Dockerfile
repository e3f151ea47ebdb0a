# corpus: modelled-on=SeleniumHQ/docker-selenium NodeFirefox + selenium/standalone-firefox-debug derivative (firefox tarball, geckodriver, selenium-server jar)
# corpus: expect=AL401@8,AL301@15
FROM eclipse-temurin:17-jre-jammy

ARG FIREFOX_VERSION=128.3.1esr
ARG GECKODRIVER_VERSION=0.35.0
ARG SELENIUM_VERSION=4.25.0
ENV JAVA_OPTS="-Xmx768m -XX:+UseG1GC -XX:UseAVX=2" \
    SE_NODE_MAX_SESSIONS=2

RUN apt-get update \
 && apt-get install -y --no-install-recommends bzip2 curl libgtk-3-0 libdbus-glib-1-2 libasound2 xvfb \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL https://download-installer.cdn.mozilla.net/pub/firefox/releases/${FIREFOX_VERSION}/linux-x86_64/en-US/firefox-${FIREFOX_VERSION}.tar.bz2 \
    | tar -xj -C /opt \
 && ln -s /opt/firefox/firefox /usr/local/bin/firefox

RUN arch="$(dpkg --print-architecture)" \
 && case "$arch" in amd64) gd=linux64 ;; arm64) gd=linux-aarch64 ;; *) exit 1 ;; esac \
 && curl -fsSL "https://github.com/mozilla/geckodriver/releases/download/v${GECKODRIVER_VERSION}/geckodriver-v${GECKODRIVER_VERSION}-${gd}.tar.gz" \
    | tar -xz -C /usr/local/bin

RUN mkdir -p /opt/selenium \
 && curl -fsSLo /opt/selenium/selenium-server.jar https://github.com/SeleniumHQ/selenium/releases/download/selenium-${SELENIUM_VERSION}/selenium-server-${SELENIUM_VERSION}.jar

RUN useradd -m seluser
USER seluser
EXPOSE 5555
CMD ["sh", "-c", "xvfb-run -a java $JAVA_OPTS -jar /opt/selenium/selenium-server.jar node --detect-drivers true"]
