# corpus: modelled-on=Jenkins inbound agent extended for Android SDK builds (jenkinsci/docker-inbound-agent + Android 32-bit host libs)
# corpus: expect=AL304@12,AL304@17,AL304@18,AL403@23
FROM jenkins/inbound-agent:latest-jdk21

USER root

ENV ANDROID_SDK_ROOT=/opt/android-sdk \
    ANDROID_HOME=/opt/android-sdk
ARG CMDLINE_TOOLS=11076708

# aapt/zipalign from older build-tools still need 32-bit host libraries
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      unzip \
      git-lfs \
      lib32stdc++6 \
      lib32z1 \
      openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*

# legacy modules still compile against JDK 17 via Gradle toolchains
ENV JAVA17_HOME=/usr/lib/jvm/java-17-openjdk-amd64

RUN mkdir -p "$ANDROID_SDK_ROOT/cmdline-tools" \
 && curl -fsSL -o /tmp/tools.zip "https://dl.google.com/android/repository/commandlinetools-linux-${CMDLINE_TOOLS}_latest.zip" \
 && unzip -q /tmp/tools.zip -d "$ANDROID_SDK_ROOT/cmdline-tools" \
 && mv "$ANDROID_SDK_ROOT/cmdline-tools/cmdline-tools" "$ANDROID_SDK_ROOT/cmdline-tools/latest" \
 && rm /tmp/tools.zip \
 && chown -R jenkins:jenkins "$ANDROID_SDK_ROOT"

USER jenkins
RUN yes | "$ANDROID_SDK_ROOT/cmdline-tools/latest/bin/sdkmanager" --licenses >/dev/null \
 && "$ANDROID_SDK_ROOT/cmdline-tools/latest/bin/sdkmanager" "platform-tools" "platforms;android-34" "build-tools;34.0.0"
