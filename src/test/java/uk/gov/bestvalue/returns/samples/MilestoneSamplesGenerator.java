package uk.gov.bestvalue.returns.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the action plan milestones returns of the programme office (directorate "corporate") for December
 * 2015 and January 2016. January is the milestone tables of the draft six-month report (seed 004), transcribed
 * row by row with the HTML stripped; December is the same plan a month earlier: the deadlines before the
 * Board's January revisions, lower (or equal) percentages, and two deliberate falls so that M4 fires on January.
 * See input-samples/milestones.md.
 */
public final class MilestoneSamplesGenerator {

    /** The return's column titles (A to L). */
    static final String[] TITLES = {"Action / Recommendation", "Milestone", "Lead", "Deadline", "Original Deadline",
        "Status", "% Complete", "Action to Date", "Action planned and risks", "Board Approval", "Deadline Note",
        "Milestones"};

    private static final String BOARD = "BV Programme Board 16/12/2015";
    private static final Date SAVED_AT = Date.from(Instant.parse("2016-01-29T09:00:00Z"));
    private static final String SAME = "";

    private MilestoneSamplesGenerator() {
    }

    /** Writes both months into the folder given as the first argument (default {@code input-samples}). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
        Files.createDirectories(folder);
        Map<String, Area> plan = plan();
        write(folder.resolve("corporate-milestones-2015-12.xlsx"), plan, false);
        write(folder.resolve("corporate-milestones-2016-01.xlsx"), plan, true);
        System.out.println("Wrote the milestones samples to " + folder.toAbsolutePath());
    }

    /** One plan area: the seed's sentence on the milestones completed earlier, and the milestones still listed. */
    record Area(int completedEarlier, String completedSentence, List<Milestone> milestones) {
    }

    /** One milestone row as January has it, with what December said where it differs. */
    static final class Milestone {
        final String action;
        final String milestone;
        final String lead;
        final String deadline;
        final String original;
        final String status;
        final Integer percent;
        final String toDate;
        final String planned;
        String approval;
        String note;
        String decDeadline;
        String decOriginal;
        String decStatus;
        Integer decPercent;
        boolean decChanged;

        Milestone(String action, String milestone, String lead, String deadline, String original, String status,
                  Integer percent, String toDate, String planned) {
            this.action = action;
            this.milestone = milestone;
            this.lead = lead;
            this.deadline = deadline;
            this.original = original;
            this.status = status;
            this.percent = percent;
            this.toDate = toDate;
            this.planned = planned;
        }

        Milestone approved(String board) {
            this.approval = board;
            return this;
        }

        Milestone note(String text) {
            this.note = text;
            return this;
        }

        /** December's percentage, the rest as in January. */
        Milestone december(Integer percent) {
            return december(deadline, original, status, percent);
        }

        /** December's deadline, original deadline, status and percentage. */
        Milestone december(String deadline, String original, String status, Integer percent) {
            this.decDeadline = deadline;
            this.decOriginal = original;
            this.decStatus = status;
            this.decPercent = percent;
            this.decChanged = true;
            return this;
        }

        Object[] cells(boolean january) {
            boolean jan = january || !decChanged;
            return new Object[] {action, milestone, lead, jan ? deadline : decDeadline, jan ? original : decOriginal,
                jan ? status : decStatus, pct(jan ? percent : decPercent), text(toDate), text(planned), approval, note, null};
        }
    }

    private static Milestone m(String action, String milestone, String lead, String deadline, String original,
                               String status, Integer percent, String toDate, String planned) {
        return new Milestone(action, milestone, lead, deadline, original, status, percent, toDate, planned);
    }

    // ------------------------------------------------------------------ the plan (seed 004, January 2016)

    static Map<String, Area> plan() {
        Map<String, Area> plan = new LinkedHashMap<>();
        plan.put("Procurement", procurement());
        plan.put("Grants", grants());
        plan.put("Property", property());
        plan.put("Communications", communications());
        plan.put("Organisational Culture", organisationalCulture());
        return plan;
    }

    private static Area procurement() {
        String zz = "Zena Cooke / Zamil Ahmed";
        String audit = "Clear audit trails in place for all procurement activity in accordance with the Procurement Procedures";
        String signed = "Availability of signed contracts";
        String ls = "Legal Services / Procurement";
        String contractMgmt = "Develop a corporate approach to contract management to ensure best value and effectiveness from supply chain through better relationship management";
        String recruitment = "The recruitment of the Commercial and Contracts Manager post should be completed by February. The implementation of the new Contract Management toolkit and the integration of contract management will be undertaken by the post holder";
        return new Area(15, "15 milestones have already been completed and are therefore are not included. The remaining 11 are shown below.", List.of(
                m("New Procurement Strategy", "New three year Procurement Strategy to go live from January 2016.", zz,
                        "Apr-16", "Dec-15", "On Target", 70,
                        "The draft Procurement Strategy was developed and reviewed by the Council's Strategic Competition Board on 01/09/2015. A Commissioning and Procurement workshop with the Mayor and Cabinet was held in November to inform new strategy. Key actions identified as part of the workshop, including the need for the strategy to cover commissioning and procurement. Revised target date agreed (from December 15) at the 16th December BV Programme Board.",
                        "Proposals on the key actions identified at the commissioning and procurement workshop to be developed. The draft procurement strategy to be revised to become a corporate Commissioning and Procurement Strategy.")
                        .approved(BOARD).december(60),
                m("Leadership and strategic alignment of procurement with Finance Director/s151 Officer, Executive and elected member champion for procurement",
                        "New procurement training programme for elected members", "Zamil Ahmed", "Apr-16", "Dec-15", "On Target", 50,
                        "Training options around the scope and delivery have been assessed to incorporate new Public Contracts Regulation 2015 and internal governance process. Revised target date agreed (from December 15) at the 16th December BV Programme Board.",
                        "Member training to be developed to reflect the Commissioning and Procurement Strategy.")
                        .approved(BOARD).december(60), // deliberate: 60% in December, 50% in January (M4)
                m(audit, "Review of existing Procurement thresholds to comply with Transparency Code requirements", zz,
                        "Apr-16", "Jan-16", "On Target", 50,
                        "Review completed. Revised target date agreed (from Jan-16) at the 16th December BV Programme Board.",
                        "Proposals with recommendations to be presented to CMT in February 2016.").approved(BOARD),
                m(audit, "Automate all procurement over £5k through the e-tendering portal and publish as part of Transparency Code", zz,
                        "Apr-16", "Jan-16", "On Target", 50,
                        "Business Case has been developed. Revised target date agreed (from Jan-16) at the 16th December BV Programme Board.",
                        "Proposals with recommendations to be presented to CMT in February 2016.").approved(BOARD).december(40),
                m(audit, "Link to central contracts register", zz, "Jan-16", null, "Complete", 100,
                        "Link to central contracts register has been made available on the intranet and published through the London Contracts Register Service. Details of directorate contracts are reported through the quarterly procurement dashboards.",
                        null).december("Jan-16", null, "On Target", 90),
                m(audit, "Declaration of interest from staff involved in the procurement process centrally captured", zz,
                        "Jan-16", null, "Complete", 100,
                        "Included in the revised procurement procedures and through the HR System. Procurement Initiation Form has been revised to ensure central compliance monitoring and sponsor sign off.",
                        null).december("Jan-16", null, "On Target", 80),
                m(signed, "Undertake a review of the current status on signed contracts", ls, "Apr-16", null, "On Target", 20,
                        "Initial consideration of the options for the review at Strategic Competition Board completed.",
                        "Review of current status to be undertaken as part of the business case for the overall e-sourcing improvement programme."),
                m(signed, "Explore the possibility to deliver contracts by electronics means (e-tendering) to create a central repository of signed contracts",
                        ls, "Apr-16", null, "On Target", 20,
                        "The options as presented at the BV Programme Board are being considered",
                        "An options appraisal will be completed in line with the actions agreed at the Board meeting.").december(10),
                m("Partnering and Collaboration", "All significant procurements are assessed pre-procurement to identify the optimum route to market",
                        "Competition Board / Zamil Ahmed", "Mar-16", null, "On Target", 20,
                        "Implemented as part of the Tollgate Process. An analysis of all contracts expiring during 2016-18 has been completed to examine options for collaborations and to initiate early market engagement to examine options.",
                        "The assessment of all significant procurements will be undertaken as an on-going rolling programme"),
                m(contractMgmt, "Integrate contract management within the Council's procurement and commissioning models", zz,
                        "Apr-16", "Jan-16", "On Target", 20,
                        "The terms of reference for Strategic Competition Board and Competition Planning Forum have been updated and agreed at SCB meeting. New central Commercial and Contracts Monitoring role has been factored into the new procurement structure to lead on the implementation of the new Contract Management toolkit. Revised target date agreed (from Jan-16) at the 16th December BV Programme Board to enable completion of the recruitment exercise.",
                        recruitment).approved(BOARD),
                m(contractMgmt, "Implementation of a contract management procedure /toolkit to facilitate contract monitoring to ensure consistency on contract management, performance and raise the standard of contract management across the Council",
                        zz, "Apr-16", "Jan-16", "On Target", 40,
                        "Development of a new Contract Management Toolkit is underway to achieve the overall milestone. New central Commercial and Contracts Monitoring role has been factored into the new procurement structure to provide a central contract management support function and development of a new Supplier Quality Assurance Framework. Revised target date agreed (from Jan-16) at the 16th December BV Programme Board.",
                        recruitment + ".").approved(BOARD).december(30)));
    }

    private static Area grants() {
        String zc = "Zena Cooke";
        String cvs = "Bi-Annual Update of Community and Voluntary Service Strategy";
        String kk = "Kevin Kewin / Zena Cooke";
        String approval = "Improve grant approval processes";
        String zeh = "Zena Cooke / Everett Haughton";
        String evaluation = "Develop robust evaluation of impact of grant programmes";
        String evalToDate = "The specification and tender documentation has been produced to procure an independent organisation to evaluate the 2012/2015 programme. The wider evaluation of Council Grants including that of the 2015/18 MSG Programme is included within the evaluation specification. A revised date for completion is proposed.";
        String evalPlanned = "The opportunity to bid for the evaluation work is being advertised in early January 2016. The successful bidder will be appointed in early February and the first phase evaluation work will be completed by end of May 2016 and will then be conducted annually thereafter.";
        String post = "Review arrangements post Commissioners for future executive decision-making";
        String intention = "The intention is to complete prior to the deadline in May 2016.";
        String monitoring = "Improve Monitoring Arrangements";
        return new Area(17, "17 milestones have already been completed and are therefore not included. The remaining 18 are shown below.", List.of(
                m("Ensure service continuation pending agreement of new Mainstream Grants Programme",
                        "Review of 2012/15 reported to Corporate Management Team, Cabinet and Overview and Scrutiny Committee (O&S)",
                        zc, "Jun-16", null, "On Target", 55,
                        "The specification and tender documentation has been produced to procure an independent organisation to evaluate the 2012/2015 programme.",
                        "The opportunity to bid for the evaluation work is being advertised in early January 2016. The successful bidder will be appointed in early February and the evaluation work will be completed by end of May 2016.")
                        .december(50),
                m("Deliver 2015-18 Mainstream Grants Programme", "Completion of service agreements with providers", zc,
                        "Dec-15", null, "Complete", 100,
                        "Officers have now completed all but one of the 131 Grant Agreements for the MSG 2015/18 Programme in line with the decision of the 29th July Commissioners Meeting In Public.",
                        "Discussions to conclude the one remaining agreement are progressing but are linked to the organisation securing other external funding. The agreement should be finalised by the end of January.")
                        .december("Dec-15", null, "Complete", 95), // deliberate: Complete at 95% (M1 in December)
                m(cvs, "Review all existing grant regimes (and other forms of aid) and their alignment to emerging Community Plan and Strategic Plan priorities, MTFP, voluntary sector compact and other key strategies",
                        kk, "Mar-16", null, "On Target", 75,
                        "Officers across the Council are reviewing grant regimes and mapping them to Community Plan and Strategic Plan priorities. Source data to inform this exercise has been taken from the council's Grants Register.",
                        "The review should be completed by the end of January. The information will be presented to CMT with options on how to consolidate grant making across the Council.")
                        .december(60),
                m(cvs, "Consultation and engagement on priorities for 3rd sector", kk, "Mar-16", null, "On Target", 50,
                        "Consultation sessions have been held with officers, the THVCS and Members of the council, to inform the draft Voluntary and Community Sector Strategy.",
                        "The consultation period for the draft strategy will end in early February and feedback from the consultation will be used to inform the final draft that will be presented to Cabinet in April 2016. The strategy action plan will be outcome based and co-produced with the sector.")
                        .december(40),
                m(cvs, "Market assessment for alternative service providers", kk, "Mar-16", null, "On Target", 20,
                        "The draft strategy highlights the need to map all service providers across the borough.",
                        "Market assessment for alternative service providers will be undertaken as a key action within the strategy action plan."),
                m(cvs, "Report to Commissioners/ Cabinet (post Directions)", kk, "Mar-16", null, "On Target", null,
                        null, "The report will be presented to the Commissioners and Cabinet."),
                m(approval, "Ensure clear specifications, outputs and outcomes in advance, which differentiate between capacity building, innovative pilots and mainstream service delivery",
                        zeh, "Dec-15", null, "Complete", 100,
                        "Grants Register completed and MSG specifications and outcomes delivered.", null),
                m(approval, "Codify all grant appraisal and approval processes in one compact compliant framework", zeh,
                        "Dec-15", null, "Complete", 100,
                        "Grants appraisal and approval processes codified in compact compliant framework.", null)
                        .december("Dec-15", null, "On Target", 90),
                m("Ensure and embed open and transparent of decision-making", "Develop Mayor and cross-party consultation and review forum",
                        "Zena Cooke / Matthew Mannion", "Mar-16", "Oct-15", "Revised Date Proposed", 50,
                        "Proposals to use the Overview and Scrutiny Committee as the cross party consultation and review forum have been discussed with the Mayor, the Deputy Mayor and the Chair of Overview and Scrutiny and will form part of the wider considerations of the work of Overview and Scrutiny Committee. A revised date for completion is proposed.",
                        "The wider review of Overview and Scrutiny's work programme will include the proposals for the Committee being the cross party consultation and review forum for grants. Proposals for the Mayor or his delegate to chair the governance arrangements for grant making (decisions in public meetings which will continue) will be developed for consideration by the Mayor and the Commissioners.")
                        .december("Oct-15", null, "On Target", 40),
                m(evaluation, "Annual review of approvals, outcomes and developments to CMT, Cabinet and Overview and Scrutiny Committee for all grant supported activities",
                        zc, "May-16", "Mar-16", "Revised Date Proposed", 75, evalToDate, evalPlanned)
                        .december("Mar-16", null, "On Target", 60),
                m(evaluation, "Programme evaluations commissioned for all grant regimes", zc, "May-16", "Mar-16",
                        "Revised Date Proposed", 75, evalToDate, evalPlanned)
                        .december("Mar-16", null, "On Target", 60),
                m(post, "Establish cross party working group to develop proposals for future arrangements", zc,
                        "Mar-16", "Dec-15", "Revised Date Proposed", 50,
                        "Overview and Scrutiny Committee is the cross party forum that will consider proposals for future arrangements. A revised date for completion is proposed.",
                        "A new grants framework and decision making and consultative frameworks will be developed as part of the VCS strategy action plan.")
                        .december("Dec-15", null, "On Target", 40),
                m(post, "Discuss proposals with Commissioners", zc, "Jul-16", null, "On Target", null,
                        "This and the related milestones below are on target. " + intention, null).note("aim: May 16"),
                m(post, "Agree proposals through Cabinet", zc, "Nov-16", null, "On Target", null, intention, null)
                        .note("aim: May 16"),
                m(post, "Briefing and training of members in relation to new proposals (Nov/Dec 2016)", zc, "Dec-16", null,
                        "On Target", null, intention, null).note("aim May 16"),
                m("Ensure cost-effective management structures in place for new grant arrangements",
                        "Consolidate all 3rd Sector grant giving, monitoring and evaluation into one service", zc,
                        "Oct-15", null, "Complete", 100,
                        "Report presented to CMT on 7th April 2015. Consolidation of resources in respect of MSG in line with the CMT report is in its final stages. All MSG administration and monitoring work has now been centralised for the new programme. The service has now been transferred to Resources Directorate, effective from 1st November 2015.",
                        null),
                m(monitoring, "Training and development of staff on standard procedures and sign-off of monitoring visits", zeh,
                        "Dec-15", null, "Complete and Ongoing", 100,
                        "The training and development of staff has been completed and is ongoing to ensure staff remain up to date in terms of their knowledge and skills.",
                        "The Grant Officers' Manual will be updated as required. Systems, procedures and processes will be regularly reviewed and updated in order to meet the changing needs and requirements of the various grant schemes being administered and to ensure an ongoing process of improving grant monitoring and payment arrangements."),
                m(monitoring, "Undertake ongoing risk-based audit in conjunction with monitoring", zeh, "Dec-15", null,
                        "Complete and Ongoing", 100,
                        "Internal Audit have undertaken risk based audits and continue to provide ongoing support and advice which enables the Third Sector Team to improve its business assurance role.",
                        "A new post within the proposed restructure of the Third Sector Team will be responsible for business assurance functions across the range of grant schemes administered by the team.")));
    }

    private static Area property() {
        String as = "Ann Sutcliffe";
        String revised = "Compliance testing with revised protocols";
        String buildings = "Community Buildings Policy - Lettings and Charging Policy (draft status)";
        String newer = "Compliance testing with new protocols";
        String rental = "Consider the introduction of an asset rental account (following implementation and embedding of Corporate Landlord Model)";
        String townHall = "To be considered as part of the workstreams identified in the Asset Strategy and as part of the relocation of the Town Hall functions.";
        String rdp = "Revised date proposed";
        return new Area(24, "24 milestones have already been completed and are therefore not included; the remaining 13 are shown below.", List.of(
                m(revised, "1. Undertaken through the planned audit process", "Ann Sutcliffe / Minesh Jani", "Mar-16", null,
                        "On Target", 20, null,
                        "To be considered as part of any planned audit reviews which are then reported to Audit Committee. Original deadline of May 2015 was revised to March 2016 following discussion with Commissioners."),
                m(revised, "2. As part of the reporting process on each project confirmation of compliance with revised guidance", as,
                        "Mar-16", null, "On-going", null,
                        "This is currently produced when Commissioners are asked to take decisions on individual decisions.",
                        "To be included as part of any recommendation report on bids/tenders."),
                m(buildings, "Report to AMCB", as, "Nov-15", null, "Completed", 100,
                        "Went to Asset Management Working Group on 12th November and Asset Management Board on 11th December.",
                        "Dates were revised following discussion with Commissioners to ensure the interface between community buildings and grants is taken into account. Original deadline of May 2015."),
                m(buildings, "Lead Member/Commissioner review and input", as, "Nov-15", null, "Completed", 100,
                        "Lead Member (and Mayor) consulted in October 2015. Further discussions took place in November. Also discussed with the Commissioners at the Best Value Programme Review Board on 18/11/2015.",
                        null),
                m(buildings, "Cabinet/other approval", as, "Dec-15", null, "Completed", 100, "Approved by Cabinet on 01/12/2015.", null),
                m(newer, "1. Undertaken through the planned audit process", as, "Mar-16", null, "On Target", null, null, null),
                m(newer, "2. As part of the reporting process on each project confirmation of compliance with revised guidance", as,
                        "Mar-16", null, "On Target", null, "No community lettings have taken place since adoption of policy.", null),
                m("Approval of the Council's Asset Strategy. Seek endorsement of disposal policy of surplus assets",
                        "Cabinet/other approval", as, "Dec-15", null, "Completed", 100, "Adopted by Cabinet on 1st December.",
                        "Original deadline of July 2015 was revised following discussion with Commissioners."),
                m("Review and agree disposal programme for the next three years as part of an Asset Strategy Workstream",
                        "4. Cabinet/other approval", as, "Dec 15", null, "Completed", 100,
                        "Asset Strategy was adopted by Cabinet in December 2015. Disposals programme to be developed on a rolling basis following property and service challenges.",
                        "Original deadline of June 2015 was revised following discussion with Commissioners."),
                m(rental, "1. Consider paper at AMCB", as, "Feb-16", "Oct-15", rdp, null,
                        "As the Asset Strategy has now been adopted by Cabinet, this action can be taken forward. A revised deadline for completion is proposed for this and related milestones below.",
                        townHall + " Original deadline of September 2015 was revised to October 2015 following discussion with Commissioners.")
                        .december("Oct-15", null, "On Target", null),
                // the seed's status here is "As above", i.e. the row above's "Revised date proposed"
                m(rental, "2. Consult directorates", as, "Feb-16", "Nov-15", rdp, null, "As part of the AMCB meeting. As above", townHall)
                        .december("Nov-15", null, "On Target", null),
                m(rental, "3. Report to CMT (and MAB, Cabinet if appropriate)", as, "May-16", "Dec-15", rdp, null, "As above", townHall)
                        .december("Dec-15", null, "On Target", null),
                m(rental, "4. Report back to Commissioners", as, "May-16", "Dec-15", rdp, null, "As above", "Meeting to be scheduled.")
                        .december("Dec-15", null, "On Target", null)));
    }

    private static Area communications() {
        String income = "A robust business plan identifying new revenue streams, maximising existing income activities and providing a clear growth plan";
        String sa = "Sharan Ahmed (with CLC as required)";
        String rdp = "Revised date proposed";
        return new Area(23, "23 milestones have already been completed and have not been included; the remaining 7 are shown below and will also be taken forward in the communications strategy.", List.of(
                m("New Communications protocol and style guide", "Establish programme of testing to ensure compliance with Code",
                        "Internal Audit", "Dec-15", null, "Ongoing", null,
                        "Internal Audit are finalising their audit of progress against the BV Action Plan. There are plans for an audit of the new Communications Strategy (currently being developed) to be undertaken in 2016.",
                        null),
                m("Delivery of digital communications strategy", "New system to go live", "Oda Riska", "Dec-15", null, "Complete", 100,
                        "Successful procurement of new CMS completed in August 2015. Content migrated, new templates cleaned up and customisation finalised in October. Training undertaken in November and final transition completed for go live on 17th December.",
                        "Delay from original target date reported to Commissioners.")
                        .december("Dec-15", null, "On Target", 90),
                m(income, "Review to consider options for trading", sa, "May-16", "Dec-15", rdp, 75,
                        "Initial analysis undertaken and this work was fed in to the external review of communications. A revised deadline for completion is proposed in line with the new the Communications Strategy for this and related milestones below.",
                        "Whilst we have undertaken work in these areas, we have also sought to enable feedback from the LGA review (report received in December) to inform our progress moving forward. The targets (and related LGA recommendations ) will now be included in the emerging Communications strategy, which is currently being developed.")
                        .december("Dec-15", null, "On Target", 60),
                m(income, "Business plan for communications revenues stream complete and approved", sa, "May-16", "Dec-15", rdp, 75,
                        "Business plan developed to include consideration of likely income to be generated, including from One Stop Shop digital displays and the proposed membership of the Council Advertising Network (by placing adverts on the council's website). Ongoing discussions with LB Hackney regarding sharing sales resources/ targeting sales cross-borough. This work also fed in to the review of communications. .",
                        "As above.")
                        .december("Dec-15", null, "On Target", 60),
                m(income, "Review opportunities and approach to use of Council poster and other advertising sites", sa, "May-16",
                        "Dec-15", rdp, 75, "Opportunities have been reviewed and will now feed into the new Communications Strategy.",
                        "As above.")
                        .december("Dec-15", null, "On Target", 60),
                m("Maximise reach and penetration of minority communities to support Community Plan and One Tower Hamlets objectives",
                        "Advisory group/s established", "Kelly Powell", "May-16", "Nov-15", rdp, 75,
                        "Communications support provided to groups via existing resource provided by Corporate Strategy and Equality team. This will also feed into the new Communications Strategy. A revised deadline for completion is proposed in line with the new the Communications Strategy.",
                        null)
                        .december("Nov-15", null, "On Target", 60),
                m("Communications training and support programme developed",
                        "A suite of learning and development products aligned to organisational needs", "Kelly Powell", "Mar-16",
                        null, "On target", 75, "Initial considerations of training and support needs undertaken within Comms Service.",
                        "Full proposals to be considered by DMT")));
    }

    private static Area organisationalCulture() {
        String rebuild = "Rebuilding elected member relationships";
        String wt = "Will Tuckley / Mayor/ Group Leaders";
        String groups = "Develop cross party member working groups on key issues";
        return new Area(35, "35 milestones have already been completed and are therefore not included; the 6 remaining are shown below.", List.of(
                m(rebuild, "Develop an action plan to respond to recommendations of above review", wt, "Mar-16", "Jan-16",
                        "Revised date proposed", 30,
                        "Cross-party forum planned following sessions with political groups and CMT. A revised date for completion is proposed.",
                        "Action Plan to be finalised based on recommendations. Initial deadline was May-15.")
                        .december("Jan-16", null, "On Target", 30),
                // the seed's deadline cell reads "Ongoing" and its status is blank
                m(rebuild, "Deliver and monitor action plan", wt, null, null, "Ongoing", null,
                        "Action plan will include clear milestones for delivery",
                        "Robust delivery and monitoring arrangements will be put in place.").note("Ongoing"),
                m(groups, "Agree 1-2 areas to trial approach, linked to key priorities within Community Plan", "Melanie Clay",
                        "Oct-15", null, "Completed", 100, "Activity being taken forward through Governance Working Group action plan",
                        "Original deadline of May 2015 was revised following discussion with Commissioners."),
                m(groups, "Evaluate and review", "Melanie Clay", "Dec-15", null, "Ongoing", 50,
                        "Evaluation and review part of the role of the governance working group", null)
                        .december(60), // deliberate: 60% in December, 50% in January (M4)
                m("Ensuring member and officer relations are appropriately conducted and constructive",
                        "Annual independently-commissioned review and report on officer/member grievances for review by HoPS and the respective Group Leaders making recommendations specific to minimising instances of officer member grievances",
                        "Melanie Clay", "Dec-16", null, "On Target", null, null, null),
                m("Ensuring all decisions are informed by best value requirements",
                        "Delivering key actions in respect of Procurement, Grants, Property and Communications as set out in the remainder of this Plan",
                        "As per respective plans", null, null, "On Target", null, "See full report", null).note("As per plans")));
    }

    // ------------------------------------------------------------------ writing

    private static void write(Path file, Map<String, Area> plan, boolean january) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet cover = workbook.createSheet("Cover");
            String period = january ? "2016-01" : "2015-12";
            Object[][] coverRows = {{"Return", "Action plan milestones"}, {"Directorate", "Corporate Strategy and Equality"},
                {"Period", period}, {"Submitted by", "Best Value Programme Office"},
                {"Contact email", "bestvalue.programme@council.example.gov.uk"}};
            for (int i = 0; i < coverRows.length; i++) {
                row(cover, i, styles, coverRows[i]);
            }
            cover.setColumnWidth(0, 16 * 256);
            cover.setColumnWidth(1, 40 * 256);
            for (Map.Entry<String, Area> entry : plan.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Row title = sheet.createRow(0);
                title.createCell(0).setCellValue("Best Value: " + entry.getKey() + " Action Plan – "
                        + (january ? "Draft 6 month report (January 2016)" : "monthly monitoring (December 2015)"));
                title.getCell(0).setCellStyle(styles.title);
                row(sheet, 2, styles, (Object[]) TITLES);
                for (int c = 0; c < TITLES.length; c++) {
                    sheet.getRow(2).getCell(c).setCellStyle(styles.header);
                    sheet.setColumnWidth(c, (c == 0 || c == 1 || c == 7 || c == 8 ? 50 : 16) * 256);
                }
                sheet.createFreezePane(0, 3);
                Area area = entry.getValue();
                List<Object[]> rows = new ArrayList<>();
                // the milestones completed in earlier months, which the report no longer lists, as one row
                rows.add(new Object[] {"(Completed milestones not listed in this report)", "Milestones already completed and not listed",
                    null, null, null, "Complete", pct(100), area.completedSentence(), null, null, null, area.completedEarlier()});
                area.milestones().forEach(m -> rows.add(m.cells(january)));
                for (int i = 0; i < rows.size(); i++) {
                    row(sheet, 3 + i, styles, rows.get(i));
                }
            }
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(SAVED_AT));
            core.setModified(Optional.of(SAVED_AT));
            core.setCreator("Best Value returns samples");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void row(Sheet sheet, int index, Styles styles, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value instanceof String text && !text.isEmpty()) {
                row.createCell(c).setCellValue(text);
            } else if (value instanceof Double fraction) {
                row.createCell(c).setCellValue(fraction);
                row.getCell(c).setCellStyle(styles.percent);
            } else if (value instanceof Integer count) {
                row.createCell(c).setCellValue(count);
            }
        }
    }

    private static Double pct(Integer percent) {
        return percent == null ? null : percent / 100.0;
    }

    private static String text(String value) {
        return value == null ? SAME : value;
    }

    private static final class Styles {
        final CellStyle percent;
        final CellStyle header;
        final CellStyle title;

        Styles(XSSFWorkbook workbook) {
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            header = bold(workbook, 11);
            title = bold(workbook, 14);
        }

        private static CellStyle bold(XSSFWorkbook workbook, int points) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
