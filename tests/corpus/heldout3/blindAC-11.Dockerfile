# corpus: modelled-on=oracle/docker-images OracleJava + OracleWebLogic 14.1.1 dockerfiles (JDK tarball dropped into the build context)
# corpus: expect=AL303@11
FROM oraclelinux:8-slim

ENV JAVA_HOME=/u01/jdk \
    ORACLE_HOME=/u01/oracle \
    USER_MEM_ARGS="-Djava.security.egd=file:/dev/./urandom -Xms512m -Xmx1536m" \
    PATH=/u01/jdk/bin:/u01/oracle/oracle_common/common/bin:/u01/oracle/wlserver/common/bin:$PATH

# Oracle JDK needs the OTN click-through, so the tarball is fetched by hand into the context
COPY jdk-11.0.23_linux-x64_bin.tar.gz /tmp/jdk.tar.gz
RUN microdnf install -y tar gzip shadow-utils hostname \
 && microdnf clean all \
 && mkdir -p "$JAVA_HOME" \
 && tar -xzf /tmp/jdk.tar.gz -C "$JAVA_HOME" --strip-components=1 \
 && rm -f /tmp/jdk.tar.gz \
 && groupadd -g 1000 oracle && useradd -u 1000 -g oracle -d /u01 -M oracle \
 && chown -R oracle:oracle /u01

COPY --chown=oracle:oracle fmw_14.1.1.0.0_wls_lite_generic.jar install.file oraInst.loc /u01/
USER oracle
RUN java -jar /u01/fmw_14.1.1.0.0_wls_lite_generic.jar -silent \
      -responseFile /u01/install.file -invPtrLoc /u01/oraInst.loc \
      -jreLoc "$JAVA_HOME" -ignoreSysPrereqs -force -novalidation \
      ORACLE_HOME="$ORACLE_HOME" INSTALL_TYPE="WebLogic Server" \
 && rm -f /u01/fmw_14.1.1.0.0_wls_lite_generic.jar /u01/install.file

WORKDIR /u01/oracle
EXPOSE 7001
CMD ["bash"]
