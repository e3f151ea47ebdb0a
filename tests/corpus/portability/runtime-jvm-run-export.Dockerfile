# corpus: modelled-on=RUN computing CDS archive with x86-only options
# corpus: expect=AL401@5
FROM eclipse-temurin:21-jdk
COPY app.jar /app.jar
RUN java -XX:ArchiveClassesAtExit=/app.jsa -XX:+UseFastStosb -jar /app.jar --dry-run
