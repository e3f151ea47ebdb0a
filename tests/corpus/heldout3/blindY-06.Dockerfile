# corpus: modelled-on=mobangjack/android-ndk Dockerfile + kepocnhh/DockerHub debian/android/ndk dockerfiles (NDK/emulator are x86_64-host only)
# corpus: expect=
# corpus: platforms=linux/amd64
# The NDK toolchain and the emulator only ship x86_64 host binaries, so this
# image is published for linux/amd64 only (see .github/workflows/ndk-image.yml).
FROM --platform=linux/amd64 eclipse-temurin:17-jdk-jammy

ARG NDK_VERSION=r21e
ARG CMDLINE_TOOLS_BUILD=11076708
ENV ANDROID_HOME=/opt/android-sdk \
    ANDROID_NDK_HOME=/opt/android-ndk
ENV PATH=${PATH}:${ANDROID_HOME}/cmdline-tools/latest/bin:${ANDROID_HOME}/platform-tools:${ANDROID_NDK_HOME}/toolchains/llvm/prebuilt/linux-x86_64/bin

RUN apt-get update \
 && apt-get install -y --no-install-recommends unzip curl cmake ninja-build make file \
 && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/ndk.zip https://dl.google.com/android/repository/android-ndk-${NDK_VERSION}-linux-x86_64.zip \
 && unzip -q /tmp/ndk.zip -d /opt \
 && mv /opt/android-ndk-${NDK_VERSION} ${ANDROID_NDK_HOME} \
 && rm /tmp/ndk.zip

RUN curl -fsSLo /tmp/clt.zip https://dl.google.com/android/repository/commandlinetools-linux-${CMDLINE_TOOLS_BUILD}_latest.zip \
 && mkdir -p ${ANDROID_HOME}/cmdline-tools \
 && unzip -q /tmp/clt.zip -d ${ANDROID_HOME}/cmdline-tools \
 && mv ${ANDROID_HOME}/cmdline-tools/cmdline-tools ${ANDROID_HOME}/cmdline-tools/latest \
 && rm /tmp/clt.zip \
 && yes | sdkmanager --licenses > /dev/null \
 && sdkmanager "platform-tools" "platforms;android-34" "build-tools;34.0.0" "emulator" "system-images;android-34;default;x86_64"

WORKDIR /src
CMD ["bash"]
