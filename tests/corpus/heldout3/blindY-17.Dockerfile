# corpus: modelled-on=raivieiraadriano92/docker-react-native Dockerfile + reactnativecommunity/react-native-android (node + Android SDK + fastlane CI image)
# corpus: expect=AL403@9,AL301@19
FROM ubuntu:22.04

ARG NODE_VERSION=20.17.0
ARG CMDLINE_TOOLS_BUILD=11076708
ENV DEBIAN_FRONTEND=noninteractive \
    LANG=C.UTF-8 \
    JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    ANDROID_HOME=/opt/android
ENV PATH=/opt/node/bin:${ANDROID_HOME}/cmdline-tools/latest/bin:${ANDROID_HOME}/platform-tools:${PATH}

RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless curl unzip xz-utils git ruby-full build-essential \
 && rm -rf /var/lib/apt/lists/*

# Node.js from the official tarball (nodesource lags behind on patch releases)
RUN mkdir -p /opt/node \
 && curl -fsSL https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-x64.tar.xz \
    | tar -xJ -C /opt/node --strip-components=1 \
 && npm install -g yarn@1.22.22

RUN mkdir -p ${ANDROID_HOME}/cmdline-tools \
 && curl -fsSLo /tmp/clt.zip https://dl.google.com/android/repository/commandlinetools-linux-${CMDLINE_TOOLS_BUILD}_latest.zip \
 && unzip -q /tmp/clt.zip -d ${ANDROID_HOME}/cmdline-tools \
 && mv ${ANDROID_HOME}/cmdline-tools/cmdline-tools ${ANDROID_HOME}/cmdline-tools/latest \
 && rm /tmp/clt.zip \
 && yes | sdkmanager --licenses > /dev/null \
 && sdkmanager "platform-tools" "platforms;android-34" "build-tools;34.0.0" "ndk;26.1.10909125" "cmake;3.22.1"

RUN gem install bundler fastlane -N
WORKDIR /app
CMD ["bash"]
