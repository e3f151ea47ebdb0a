# corpus: modelled-on=ayush-that/Nykaa-Product-Advisor Chrome apt-repo install + a selenium-server standalone node
# corpus: expect=AL304@14,AL403@17
FROM ubuntu:24.04

ENV DEBIAN_FRONTEND=noninteractive \
    SE_VERSION=4.26.0

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg openjdk-17-jre-headless xvfb xauth \
 && curl -fsSL https://dl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/google-chrome.gpg] https://dl.google.com/linux/chrome/deb/ stable main" \
      > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends google-chrome-stable \
 && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH=$JAVA_HOME/bin:$PATH

RUN mkdir -p /opt/selenium \
 && curl -fsSLo /opt/selenium/selenium-server.jar \
      "https://github.com/SeleniumHQ/selenium/releases/download/selenium-${SE_VERSION}/selenium-server-${SE_VERSION}.jar"

RUN useradd -m seluser
USER seluser
EXPOSE 4444
HEALTHCHECK --interval=15s CMD curl -fs http://localhost:4444/status || exit 1
CMD ["sh", "-c", "xvfb-run -a java -jar /opt/selenium/selenium-server.jar standalone"]
