# corpus: modelled-on=Tomcat webapp with a JNI codec library compiled in a JDK stage (CMake, CFLAGS tuning)
# corpus: expect=AL304@7,AL402@12
FROM eclipse-temurin:17-jdk-jammy AS jni
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      build-essential \
      gcc-multilib \
      cmake \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY native/ ./native/
ENV CFLAGS="-O3 -march=x86-64-v3 -fPIC"
RUN cmake -S native -B build -DCMAKE_BUILD_TYPE=Release -DJAVA_HOME="$JAVA_HOME" \
 && cmake --build build -j"$(nproc)"

FROM tomcat:10.1-jre17-temurin-jammy
COPY --from=jni /src/build/libfastcodec.so /usr/local/tomcat/native-jni-lib/
ENV CATALINA_OPTS="-Djava.library.path=/usr/local/tomcat/native-jni-lib -XX:MaxRAMPercentage=70"
COPY target/codec-service.war /usr/local/tomcat/webapps/ROOT.war
EXPOSE 8080
CMD ["catalina.sh", "run"]
