# corpus: modelled-on=Paper Minecraft server image with Aikar's flags and extra "performance" JVM options
# corpus: expect=AL203@6,AL403@14,AL401@19
FROM eclipse-temurin:21-jre-jammy AS tools
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /usr/local/bin/rcon-cli.tgz \
      "https://github.com/itzg/rcon-cli/releases/download/1.6.9/rcon-cli_1.6.9_linux_${TARGETARCH}.tar.gz" \
 && tar -xzf /usr/local/bin/rcon-cli.tgz -C /usr/local/bin rcon-cli

FROM ubuntu:24.04
ARG PAPER_BUILD=1.21.3-81
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-21-jre-headless curl \
 && rm -rf /var/lib/apt/lists/*
ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64 \
    MEMORY=6G
ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:+ParallelRefProcEnabled -XX:MaxGCPauseMillis=200 \
 -XX:+UnlockExperimentalVMOptions -XX:+DisableExplicitGC -XX:+AlwaysPreTouch \
 -XX:G1NewSizePercent=30 -XX:G1MaxNewSizePercent=40 -XX:G1HeapRegionSize=8M \
 -XX:UseAVX=2 -XX:+UseFMA"
COPY --from=tools /usr/local/bin/rcon-cli /usr/local/bin/rcon-cli
RUN useradd -m -d /data minecraft \
 && curl -fsSL -o /opt/paper.jar "https://api.papermc.io/v2/projects/paper/versions/1.21.3/builds/81/downloads/paper-${PAPER_BUILD}.jar"
WORKDIR /data
USER minecraft
EXPOSE 25565
CMD ["sh", "-c", "echo eula=true > eula.txt && exec java -Xms${MEMORY} -Xmx${MEMORY} -jar /opt/paper.jar --nogui"]
